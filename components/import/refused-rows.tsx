"use client";

import { useTranslations } from "next-intl";
import type { RowProblem } from "@/lib/import/problems";
import { byKey } from "@/lib/i18n/by-key";

/** Every refused row of a file: its line, its column and the reason in the reader's language. */
export function RefusedRows({ problems }: { problems: RowProblem[] }) {
  const t = useTranslations("import");
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="mb-4">
      <p className="mb-2 font-semibold text-red-800">{t("refusedCount", { count: new Set(problems.map((problem) => problem.line)).size })}</p>
      <table className="border-collapse text-left">
        <thead>
          <tr className="border-b border-stone-400">
            <th scope="col" className="py-1 pr-4">{t("line")}</th>
            <th scope="col" className="py-1 pr-4">{t("column")}</th>
            <th scope="col" className="py-1">{t("problem")}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={index} className="border-b border-stone-200">
              <td className="py-1 pr-4 tabular-nums">{problem.line}</td>
              <td className="py-1 pr-4">{problem.column}</td>
              <td className="py-1">{byKey(t)(`problems.${problem.problem}`, problem.values)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
