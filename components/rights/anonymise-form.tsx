"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/action-result";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Erasure on request: the coordinator ticks that they understand, then confirms. */
export function AnonymiseForm({ participantId, anonymise }: { participantId: string; anonymise: (input: unknown) => Promise<ActionResult<undefined>> }) {
  const t = useTranslations("rights");
  const router = useRouter();
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await anonymise({ participantId, confirm });
          if (result.ok) {
            setSuccess(result.message ?? null);
            router.refresh();
          } else setError(result.error);
        });
      }}
    >
      <p className="text-sm text-stone-700">{t("anonymiseExplained")}</p>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" className="size-5" checked={confirm} onChange={(event) => setConfirm(event.target.checked)} />
        {t("anonymiseConfirm")}
      </label>
      <FormMessage error={error} success={success} />
      <Button type="submit" variant="danger" disabled={pending || !confirm}>{t("anonymise")}</Button>
    </form>
  );
}
