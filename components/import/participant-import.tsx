"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ParticipantPreview } from "@/lib/import/commands";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { FilePicker, type PickedFile } from "@/components/import/file-picker";
import { RefusedRows } from "@/components/import/refused-rows";
import type { importParticipants, previewParticipantImport } from "@/app/(staff)/settings/import/actions";

type Props = {
  preview: typeof previewParticipantImport;
  commit: typeof importParticipants;
};

/** Upload, preview (every row checked), then import the whole file. */
export function ParticipantImport({ preview, commit }: Props) {
  const t = useTranslations("import");
  const router = useRouter();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [result, setResult] = useState<ParticipantPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const check = (next: PickedFile) =>
    startTransition(async () => {
      setFile(next);
      setError(null);
      setSuccess(null);
      const answer = await preview(next);
      setResult(answer.ok ? answer.data : null);
      if (!answer.ok) setError(answer.error);
    });

  return (
    <div className="grid gap-4" data-testid="participant-import">
      <FilePicker id="participants-file" pending={pending} onFile={check} />
      <FormMessage error={error} success={success} />
      {result && file ? (
        <section aria-labelledby="participants-preview" className="rounded-lg border border-stone-300 bg-white p-4">
          <h3 id="participants-preview" className="mb-2 text-lg font-semibold">{t("preview")}</h3>
          <p className="mb-3">{t("participants.summary", { ready: result.ready, rows: result.rowCount, withFormerCode: result.withFormerCode })}</p>
          <RefusedRows problems={result.problems} />
          {result.sample.length > 0 ? (
            <table className="mb-4 w-full border-collapse text-left">
              <thead>
                <tr className="border-b border-stone-400">
                  <th scope="col" className="py-1">{t("line")}</th>
                  <th scope="col" className="py-1">{t("participants.alias")}</th>
                  <th scope="col" className="py-1">{t("participants.formerCode")}</th>
                </tr>
              </thead>
              <tbody>
                {result.sample.map((row) => (
                  <tr key={row.line} className="border-b border-stone-200">
                    <td className="py-1 tabular-nums">{row.line}</td>
                    <td className="py-1">{row.alias}</td>
                    <td className="py-1">{row.formerCode ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <Button
            type="button"
            disabled={pending || result.problems.length > 0 || result.ready === 0}
            onClick={() =>
              startTransition(async () => {
                setError(null);
                const answer = await commit(file);
                if (!answer.ok) {
                  setError(answer.error);
                  return;
                }
                setSuccess(answer.message ?? null);
                setResult(null);
                router.refresh();
              })
            }
          >
            {t("participants.import", { count: result.ready })}
          </Button>
        </section>
      ) : null}
    </div>
  );
}
