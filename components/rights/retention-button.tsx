"use client";

import { useTranslations } from "next-intl";
import { useActionCall } from "@/components/forms/use-action-call";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { applyRetention } from "@/app/(staff)/privacy/actions";

/** Runs the retention the page just listed (the dry run); refused if the list changed since. */
export function RetentionButton({ expected, run }: { expected: number; run: typeof applyRetention }) {
  const t = useTranslations("rights");
  // Refused when the list changed since the dry run: the refresh shows the new list.
  const { call, pending, error, success } = useActionCall<{ count: number }>({ refreshAlways: true });
  return (
    <div className="flex flex-col gap-3">
      <FormMessage error={error} success={success} />
      <Button
        type="button"
        variant="danger"
        disabled={pending || expected === 0}
        onClick={() => {
          if (!window.confirm(t("retentionConfirm", { count: expected }))) return;
          call(() => run({ expected }));
        }}
      >
        {t("retentionRun", { count: expected })}
      </Button>
    </div>
  );
}
