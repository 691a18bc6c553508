"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/action-result";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Runs the retention the page just listed (the dry run); refused if the list changed since. */
export function RetentionButton({ expected, run }: { expected: number; run: (input: unknown) => Promise<ActionResult<{ count: number }>> }) {
  const t = useTranslations("rights");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col gap-3">
      <FormMessage error={error} success={success} />
      <Button
        type="button"
        variant="danger"
        disabled={pending || expected === 0}
        onClick={() => {
          if (!window.confirm(t("retentionConfirm", { count: expected }))) return;
          startTransition(async () => {
            const result = await run({ expected });
            if (result.ok) setSuccess(result.message ?? null);
            else setError(result.error);
            router.refresh();
          });
        }}
      >
        {t("retentionRun", { count: expected })}
      </Button>
    </div>
  );
}
