"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { openNight } from "@/app/(staff)/tonight/actions";

type Props = { openNight: typeof openNight };

export function OpenNightButton({ openNight }: Props) {
  const t = useTranslations("tonight");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-3">
      <Button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await openNight({});
            if (result.ok) router.refresh();
            else setError(result.error);
          })
        }
      >
        {t("openNight")}
      </Button>
      <FormMessage error={error} />
    </div>
  );
}
