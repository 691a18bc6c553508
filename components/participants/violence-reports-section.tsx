import { getFormatter, getTranslations } from "next-intl/server";
import type { ViolenceEntry } from "@/lib/participants/profile-sections";
import { day } from "@/components/programs/format";

/**
 * The bad date reports this person made (linked at their request): when, where, what; the
 * report itself, with what is known of the aggressor, stays on the violence pages.
 */
export async function ViolenceReportsSection({ reports }: { reports: ViolenceEntry[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <section id="violence" aria-labelledby="violence-heading" className="rounded-lg border border-stone-300 bg-white p-4">
      <h2 id="violence-heading" className="mb-3 text-lg font-semibold">{t("participants.violenceReports")}</h2>
      {reports.length === 0 ? <p>{t("violence.none")}</p> : (
        <ul>
          {reports.map((report) => (
            <li key={report.id}>
              {day(format, report.occurredOn)}
              {" · "}{report.area} · {report.types.map((type) => t(`enums.violenceType.${type}`)).join(", ")} · {report.consentToShare ? t("violence.shared") : t("violence.notShared")}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
