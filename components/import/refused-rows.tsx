"use client";

import { useTranslations } from "next-intl";
import type { RowProblem } from "@/lib/import/problems";
import { byKey } from "@/lib/i18n/by-key";
import { Table } from "@/components/ui/table";

/** Every refused row of a file: its line, its column and the reason in the reader's language. */
export function RefusedRows({ problems }: { problems: RowProblem[] }) {
  const t = useTranslations("import");
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="mb-4">
      <p className="mb-2 font-semibold text-red-800">{t("refusedCount", { count: new Set(problems.map((problem) => problem.line)).size })}</p>
      <Table
        label={t("refusedCount", { count: new Set(problems.map((problem) => problem.line)).size })}
        variant="compact"
        columns={[{ header: t("line"), className: "pr-4" }, { header: t("column"), className: "pr-4" }, { header: t("problem") }]}
      >
        {problems.map((problem, index) => (
          <tr key={index}>
            <td className="pr-4 tabular-nums">{problem.line}</td>
            <td className="pr-4">{problem.column}</td>
            <td>{byKey(t)(`problems.${problem.problem}`, problem.values)}</td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
