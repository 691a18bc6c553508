import "server-only";
import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { recordAudit } from "@/lib/audit/record-audit";
import { centreToday } from "@/lib/nights/today";
import { annualReport } from "@/lib/reports/annual-report";
import { funderCsv, type FunderExport } from "@/lib/reports/funder-export";
import type { Period } from "@/lib/reports/periods";
import { releaseBase } from "@/lib/reports/release/base-data";
import { releasePeriod } from "@/lib/reports/release/release-period";
import { releaseFigures, type ReleaseInput } from "@/lib/reports/release/release-figures";
import { releaseRoundingKey } from "@/lib/reports/release/rounding-key";
import { addDays } from "@/lib/nights/local-date";
import { coversPeriod } from "@/lib/reports/comparable";
import type { RecordsStart } from "@/lib/reports/records-start";

/** The release and where the records it is drawn from start (for the notes it carries). */
export type FunderRelease = FunderExport & { recordsStart: RecordsStart };

type Translate = (key: string, values?: Record<string, string | number>) => string;

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
      case "otherVaccine":
        return t("clinic.figures.otherVaccines");
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
 * The report as it may leave the centre (lib/reports/release/): whole months only, every count
 * randomly rounded to 5 from one base table. Every export (the printable page as much as the
 * CSV) is an audit row: who took which period's figures out, and how.
 */
export async function funderReport(session: SessionUser, period: Period, how: "page" | "csv", label: ReturnType<typeof funderLabeller>, locale: "fr" | "en" = "fr"): Promise<FunderRelease> {
  requirePermission(session, "reports:export");
  const released = releasePeriod(period, centreToday());
  const report = await annualReport(session, released);
  const base = await releaseBase(session, report);
  await recordAudit(prisma, {
    actorId: session.userId,
    actorRole: session.role,
    action: "reports.funder-export",
    entity: "Report",
    entityId: `${period.kind}:${period.year}`,
    outcome: "SUCCESS",
    detail: how,
  });
  return { ...releaseFigures(releaseInput(report, base, locale), label), recordsStart: report.recordsStart };
}

function releaseInput(report: Awaited<ReturnType<typeof annualReport>>, base: ReleaseInput["base"], locale: "fr" | "en"): ReleaseInput {
  const money: ReleaseInput["money"] = [];
  if (report.supplies) money.push({ kind: "money", key: "suppliesValue", currentCents: report.supplies.current.valueCents, previousCents: report.supplies.previous.valueCents });
  if (report.programs) money.push({ kind: "money", key: "honoraria", currentCents: report.programs.current.volunteers.honorariumCents, previousCents: report.programs.previous.volunteers.honorariumCents });
  if (report.costs) {
    const { current, previous } = report.costs;
    for (const row of current.byCategory) {
      const before = previous.byCategory.find((other) => other.category === row.category);
      money.push({ kind: "expenseCategory", key: row.category, currentCents: row.spentCents, previousCents: before?.spentCents ?? 0 });
    }
    money.push({ kind: "money", key: "totalExpenses", currentCents: current.totalCents, previousCents: previous.totalCents });
  }
  const vaccines = [...(report.clinic?.previous.vaccinationsByVaccine ?? []), ...(report.clinic?.current.vaccinationsByVaccine ?? [])];
  return {
    period: report.period,
    previous: report.previous,
    base,
    key: releaseRoundingKey(),
    sections: {
      frontDesk: report.frontDesk !== null,
      supplies: report.supplies !== null,
      referrals: report.referrals !== null,
      clinic: report.clinic !== null,
      programs: report.programs !== null,
      costs: report.costs !== null,
    },
    money,
    totalCents: report.costs ? { current: report.costs.current.totalCents, previous: report.costs.previous.totalCents } : null,
    vaccineNames: new Map(vaccines.map((row) => [row.key, locale === "en" ? row.nameEn : row.nameFr])),
  };
}

/**
 * The notes every copy of the release carries: the months covered, the whole months, the rounding
 * rule, and, when the records start inside the previous period, where they start: its column
 * holds only what was recorded since, and a reader must not take it for the whole year.
 */
export function releaseNotes(t: Translate, exported: FunderRelease, day: (iso: string) => string): string[] {
  const covered =
    exported.period.from === exported.period.to ? t("reports.funder.nothingReleased") : t("reports.periodLine", { from: day(exported.period.from), to: day(addDays(exported.period.to, -1)) });
  const notes = [covered, t("reports.funder.wholeMonths"), t("reports.funder.legend")];
  const { desk, halte, expenses } = exported.recordsStart;
  if (!coversPeriod(desk, exported.previous)) {
    notes.push(desk === null ? t("reports.funder.noPreviousRecords") : t("reports.funder.recordsStart", { date: day(desk) }));
  } else if (!coversPeriod(halte, exported.previous)) {
    notes.push(halte === null ? t("reports.funder.onlyTallies") : t("reports.funder.halteStart", { date: day(halte) }));
  }
  // The books have their own start (an import may bring them from before Halte, or from later):
  // the release's amounts say so as the report's expense table does.
  if (exported.money.length > 0 && expenses !== null && !coversPeriod(expenses, exported.previous)) {
    notes.push(t("reports.funder.expensesStart", { date: day(expenses) }));
  }
  return notes;
}

export async function funderReportCsv(session: SessionUser, period: Period, t: Translate, formatMonth: (month: string) => string, locale: "fr" | "en", day: (iso: string) => string = (iso) => iso): Promise<string> {
  const exported = await funderReport(session, period, "csv", funderLabeller(t, formatMonth), locale);
  return funderCsv(
    exported,
    {
      header: { section: t("reports.funder.csvSection"), figure: t("reports.funder.csvFigure"), current: t("reports.current"), previous: t("reports.previous") },
      noteLabel: t("reports.funder.csvNote"),
      notes: releaseNotes(t, exported, day),
    },
    (key) => t(`reports.tables.${key}`),
  );
}
