import "server-only";
import { prisma } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { AccessDeniedError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { annualReport } from "@/lib/reports/annual-report";
import { funderCsv, funderExport, type FunderExport } from "@/lib/reports/funder-export";
import type { Period } from "@/lib/reports/periods";

type Translate = (key: string) => string;

/** Labels of the export's rows in the reader's language. */
export function funderLabeller(t: Translate, formatMonth: (month: string) => string) {
  return (kind: string, key: string): string => {
    switch (kind) {
      case "headline":
        return t(`reports.headline.${key}`);
      case "visitsByMonth":
        return formatMonth(key);
      case "visitsByWeekday":
        return t(`weekdays.${key}`);
      case "services":
        return t(`enums.service.${key}`);
      case "suppliesByCategory":
        return t(`enums.category.${key}`);
      case "referralsByDomain":
        return t(`enums.referralDomain.${key}`);
      case "referralsByStatus":
        return t(`referrals.statuses.${key}`);
      case "testsByKind":
        return t(`clinic.tests.${key}`);
      case "workshopAttendanceByTopic":
        return t(`programs.topics.${key}`);
      case "volunteersByTier":
        return t(`programs.tiers.${key}`);
      case "expenseCategory":
        return t(`enums.expenseCategory.${key}`);
      case "money":
        return t(`reports.money.${key}`);
      default:
        return key;
    }
  };
}

/**
 * The report as it may leave the centre, small cells suppressed. Every export (the printable
 * page as much as the CSV) is an audit row: who took which period's figures out, and how.
 */
export async function funderReport(session: SessionUser, period: Period, how: "page" | "csv", label: ReturnType<typeof funderLabeller>, locale: "fr" | "en" = "fr"): Promise<FunderExport> {
  if (!can(session.role, "reports:export")) throw new AccessDeniedError("reports:export");
  const report = await annualReport(session, period);
  await recordAudit(prisma, {
    actorId: session.userId,
    actorRole: session.role,
    action: "reports.funder-export",
    entity: "Report",
    entityId: `${period.kind}:${period.year}`,
    outcome: "SUCCESS",
    detail: how,
  });
  return funderExport(report, label, locale);
}

export async function funderReportCsv(session: SessionUser, period: Period, t: Translate, formatMonth: (month: string) => string, locale: "fr" | "en"): Promise<string> {
  const exported = await funderReport(session, period, "csv", funderLabeller(t, formatMonth), locale);
  return funderCsv(
    exported,
    { section: t("reports.funder.csvSection"), figure: t("reports.funder.csvFigure"), current: t("reports.current"), previous: t("reports.previous") },
    (key) => t(`reports.tables.${key}`),
  );
}
