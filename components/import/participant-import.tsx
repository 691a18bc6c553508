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
import { Panel } from "@/components/ui/panel";
import { Table } from "@/components/ui/table";

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
        <Panel headingId="participants-preview" heading={t("preview")} headingLevel={3}>
          <p className="mb-3">{t("participants.summary", { ready: result.ready, rows: result.rowCount, withFormerCode: result.withFormerCode })}</p>
          <RefusedRows problems={result.problems} />
          {result.sample.length > 0 ? (
            <Table
              labelledBy="participants-preview"
              variant="compact"
              className="mb-4"
              columns={[{ header: t("line") }, { header: t("participants.alias") }, { header: t("participants.formerCode") }]}
            >
              {result.sample.map((row) => (
                <tr key={row.line}>
                  <td className="tabular-nums">{row.line}</td>
                  <td>{row.alias}</td>
                  <td>{row.formerCode ?? "—"}</td>
                </tr>
              ))}
            </Table>
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
        </Panel>
      ) : null}
    </div>
  );
}
