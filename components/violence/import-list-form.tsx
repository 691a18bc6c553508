"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/action-result";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { importSharedList } from "@/app/(staff)/violence/actions";

type Props = { importList: typeof importSharedList };

/** The file is read here and sent as text; the server checks every entry before keeping any. */
export function ImportListForm({ importList }: Props) {
  const t = useTranslations("violence");
  const [source, setSource] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ActionResult<{ entries: number; matches: number }> | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => setResult(await importList({ source, content: file ? await file.text() : "" })));
      }}
    >
      <TextField name="source" label={t("source")} value={source} onChange={(event) => setSource(event.target.value)} maxLength={120} error={result && !result.ok ? result.fieldErrors.source : undefined} />
      <div className="flex flex-col gap-1">
        <label htmlFor="shared-list-file" className="font-medium">{t("file")}</label>
        <input id="shared-list-file" type="file" accept="application/json,.json" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      </div>
      <FormMessage
        error={result && !result.ok ? result.error : null}
        success={result?.ok ? `${result.message ?? ""} ${t("importedCount", { entries: result.data.entries, matches: result.data.matches })}` : null}
      />
      <Button type="submit" variant="secondary" disabled={pending || !file}>{t("import")}</Button>
    </form>
  );
}
