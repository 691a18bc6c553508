"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/action-result";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { setUserDisabled } from "@/app/(staff)/users/actions";

type Props = { userId: string; disabled: boolean; setDisabled: typeof setUserDisabled };

export function SetDisabledForm({ userId, disabled, setDisabled }: Props) {
  const t = useTranslations("users");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<undefined> | null>(null);

  return (
    <div className="flex flex-col gap-4">
      <p className="text-stone-700">{disabled ? t("disabledExplained") : t("disableExplained")}</p>
      <FormMessage error={result && !result.ok ? result.error : null} success={result?.ok ? (result.message ?? null) : null} />
      <Button
        type="button"
        variant={disabled ? "secondary" : "danger"}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const outcome = await setDisabled({ userId, disabled: !disabled });
            setResult(outcome);
            if (outcome.ok) router.refresh();
          })
        }
      >
        {disabled ? t("enable") : t("disable")}
      </Button>
    </div>
  );
}
