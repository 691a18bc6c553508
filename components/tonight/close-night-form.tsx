"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { closeNight } from "@/app/(staff)/tonight/actions";

type Props = { nightId: string; closeNight: typeof closeNight };

export function CloseNightForm({ nightId, closeNight }: Props) {
  const t = useTranslations("tonight");
  const router = useRouter();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await closeNight({ nightId, note });
          if (result.ok) router.push(`/nights/${nightId}`);
          else setError(result.error);
        });
      }}
    >
      <label htmlFor="close-note" className="font-medium">
        {t("closeNote")}
      </label>
      <textarea id="close-note" rows={3} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} className="rounded-md border border-stone-400 px-3 py-2" />
      <FormMessage error={error} />
      <Button type="submit" variant="danger" disabled={pending}>
        {t("closeConfirm")}
      </Button>
    </form>
  );
}
