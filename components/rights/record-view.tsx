import { getFormatter, getTranslations } from "next-intl/server";
import { byKey, hasKey } from "@/lib/i18n/by-key";
import { Table } from "@/components/ui/table";

type Value = unknown;

/**
 * A participant's exported record as a person reads it: each section a table or a list of
 * fields, labels in the reader's language, dates as dates. The JSON download holds the same.
 */
export async function RecordView({ sections }: { sections: { key: string; value: Value }[] }) {
  const [t, format] = await Promise.all([getTranslations("rights"), getFormatter()]);
  // The record's own field and section names (lib/participants/record-export.ts) are the keys.
  const byName = byKey(t);
  const label = (key: string) => (hasKey(t, `fields.${key}`) ? byName(`fields.${key}`) : key);
  const show = (value: Value): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (value instanceof Date) return format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
    if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) return format.dateTime(new Date(value), { dateStyle: "medium", timeStyle: "short" });
    if (Array.isArray(value)) return value.map((item) => (typeof item === "object" && item !== null ? Object.values(item).map(show).join(" ") : show(item))).join(", ") || "—";
    if (typeof value === "object") return Object.entries(value as Record<string, Value>).map(([key, inner]) => `${label(key)}: ${show(inner)}`).join("; ");
    return String(value);
  };
  return (
    <>
      {sections.map(({ key, value }) => (
        <section key={key} aria-labelledby={`record-${key}`} className="mb-6 break-inside-avoid">
          <h2 id={`record-${key}`} className="mb-2 text-xl font-semibold">{byName(`sections.${key}`)}</h2>
          {value === null ? (
            <p className="text-stone-700">{t("notYours")}</p>
          ) : Array.isArray(value) ? (
            value.length === 0 ? (
              <p>{t("nothing")}</p>
            ) : (
              <Table variant="compact" labelledBy={`record-${key}`} className="text-sm" columns={Object.keys(value[0] as object).map((column) => ({ header: label(column), className: "pr-3" }))}>
                {value.map((row, index) => (
                  <tr key={index} className="align-top">
                    {Object.values(row as object).map((cell, column) => <td key={column} className="pr-3">{show(cell)}</td>)}
                  </tr>
                ))}
              </Table>
            )
          ) : (
            <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
              {Object.entries(value as Record<string, Value>).map(([field, inner]) => (
                <div key={field} className="contents">
                  <dt className="font-medium">{label(field)}</dt>
                  <dd>{show(inner)}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      ))}
    </>
  );
}
