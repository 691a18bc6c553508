import { getFormatter, getTranslations } from "next-intl/server";
import type { ViolenceEntry } from "@/lib/participants/profile-sections";
import { day } from "@/components/programs/format";
import { Panel } from "@/components/ui/panel";

/**
 * The bad date reports this person made (linked at their request): when, where, what; the
 * report itself, with what is known of the aggressor, stays on the violence pages.
 */
export async function ViolenceReportsSection({ reports }: { reports: ViolenceEntry[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <Panel headingId="violence-heading" heading={t("participants.violenceReports")} id="violence">
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
    </Panel>
  );
}
