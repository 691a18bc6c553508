"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/action-result";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { countStock } from "@/app/(staff)/stock/actions";
import { Cell, Table } from "@/components/ui/table";

export type CountLine = { itemId: string; size: string; name: string; onHand: number };
type Props = { lines: CountLine[]; count: typeof countStock };

/**
 * The shelf, line by line. Only lines with a number typed are sent: a blank line means "not
 * counted", never zero. The server's schema checks each number.
 */
export function CountForm({ lines, count }: Props) {
  const t = useTranslations("stock");
  const router = useRouter();
  const [values, setValues] = useState<Record<number, string>>({});
  const [result, setResult] = useState<ActionResult<{ adjustments: number }> | null>(null);
  const [pending, startTransition] = useTransition();
  const sent = Object.entries(values).filter(([, value]) => value.trim() !== "").map(([index, value]) => ({ index: Number(index), value }));
  const errorFor = (index: number) => {
    if (!result || result.ok) return undefined;
    const position = sent.findIndex((line) => line.index === index);
    return position >= 0 ? result.fieldErrors[`lines.${position}.counted`] : undefined;
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const outcome = await count({ lines: sent.map(({ index, value }) => ({ itemId: lines[index]!.itemId, size: lines[index]!.size, counted: value })) });
          setResult(outcome);
          if (outcome.ok) {
            setValues({});
            router.refresh();
          }
        });
      }}
      className="flex flex-col gap-4"
    >
      <Table
        label={t("countTitle")}
        columns={[
          { header: t("item") },
          { header: t("size") },
          { header: t("onHand"), numeric: true },
          { header: t("counted_") },
        ]}
      >
        {lines.map((line, index) => {
          const error = errorFor(index);
          const id = `count-${index}`;
          return (
            <tr key={`${line.itemId}-${line.size}`}>
              <td>{line.name}</td>
              <td>{line.size || "—"}</td>
              <Cell numeric>{line.onHand}</Cell>
              <td>
                <label htmlFor={id} className="sr-only">{`${t("counted_")} : ${line.name} ${line.size}`}</label>
                <input
                  id={id}
                  inputMode="numeric"
                  value={values[index] ?? ""}
                  onChange={(event) => setValues((current) => ({ ...current, [index]: event.target.value }))}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  className="min-h-11 w-24 rounded-md border border-stone-400 px-2"
                />
                {error ? <p id={`${id}-error`} role="alert" className="text-sm text-red-800">{error}</p> : null}
              </td>
            </tr>
          );
        })}
      </Table>
      <FormMessage error={result && !result.ok ? result.error : null} success={result?.ok ? (result.message ?? null) : null} />
      <Button type="submit" disabled={pending}>{t("saveCount")}</Button>
    </form>
  );
}
