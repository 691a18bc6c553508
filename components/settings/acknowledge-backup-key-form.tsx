"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { acknowledgeBackupKey } from "@/app/(staff)/settings/actions";

type Props = { acknowledge: typeof acknowledgeBackupKey };

/** "I have stored the key": the server refuses without the box ticked; the key is then gone from the page. */
export function AcknowledgeBackupKeyForm({ acknowledge }: Props) {
  const t = useTranslations("settings.backupKey");
  const router = useRouter();
  const [stored, setStored] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          setError(null);
          // Sent unticked too: the server's refusal, in the person's language, is the message shown.
          const result = await acknowledge({ stored: stored as true });
          if (!result.ok) setError(result.fieldErrors.stored ?? result.error);
          else router.refresh();
        });
      }}
    >
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" className="size-5" checked={stored} onChange={(event) => setStored(event.target.checked)} />
        {t("storedCheckbox")}
      </label>
      <div><Button type="submit" disabled={pending}>{t("storedButton")}</Button></div>
      <FormMessage error={error} success={null} />
    </form>
  );
}
