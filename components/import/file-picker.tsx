"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

export type PickedFile = { fileName: string; content: string };

/** Bytes to base64 in slices, so a large file does not overflow the argument list. */
function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = "";
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/** A CSV file chosen and read in the browser; the server action gets it as base64. */
export function FilePicker({ id, pending, onFile, children }: { id: string; pending: boolean; onFile: (file: PickedFile) => void; children?: ReactNode }) {
  const t = useTranslations("import");
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={async (event) => {
        event.preventDefault();
        const input = event.currentTarget.elements.namedItem("csv") as HTMLInputElement;
        const chosen = input.files?.[0];
        if (!chosen) return;
        onFile({ fileName: chosen.name, content: toBase64(await chosen.arrayBuffer()) });
      }}
    >
      <label className="flex flex-col gap-1 font-medium" htmlFor={id}>
        {t("fileLabel")}
        <input id={id} name="csv" type="file" accept=".csv,text/csv" required className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2" />
      </label>
      {children}
      <Button type="submit" disabled={pending}>{t("read")}</Button>
    </form>
  );
}
