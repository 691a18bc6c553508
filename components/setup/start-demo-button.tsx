"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { startDemo } from "@/app/welcome/actions";

type Props = { start: typeof startDemo };

// A year of demo nights takes some seconds to write: the button says so while it works.
export function StartDemoButton({ start }: Props) {
  const t = useTranslations("setup");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-3">
      <Button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await start({});
            if (!result.ok) setError(result.error);
          })
        }
      >
        {pending ? t("demoPreparing") : t("demoButton")}
      </Button>
      <FormMessage error={error} success={null} />
    </div>
  );
}
