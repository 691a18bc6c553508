"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useActionCall } from "@/components/forms/use-action-call";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { anonymiseParticipant } from "@/app/(staff)/privacy/actions";

/** Erasure on request: the coordinator ticks that they understand, then confirms. */
export function AnonymiseForm({ participantId, anonymise }: { participantId: string; anonymise: typeof anonymiseParticipant }) {
  const t = useTranslations("rights");
  const [confirm, setConfirm] = useState(false);
  const { call, pending, error, success } = useActionCall<undefined>();
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        // Sent unticked too: the server's refusal, in the person's language, is the message shown.
        call(() => anonymise({ participantId, confirm: confirm as true }));
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
