// The report as it may leave the centre: counts of people and visits with small cells
// suppressed (lib/reports/suppression.ts), money as it is (amounts describe the centre, not a
// person). Each table is suppressed on its own; a table whose total is also a headline figure is
// told so, because hiding that total would protect nothing.
import type { AnnualReport } from "@/lib/reports/annual-report";
import { decimal, writeCsv, type CsvCell } from "@/lib/csv/write-csv";
import { isSmall, publishedText, suppressCount, suppressTable, type PublishedCount } from "@/lib/reports/suppression";

export type FunderLine = { label: string; current: PublishedCount; previous: PublishedCount };
export type FunderTable = { key: string; rows: FunderLine[]; total: FunderLine; withheld: { current: boolean; previous: boolean } };
export type MoneyLine = { label: string; currentCents: number | null; previousCents: number | null };

export type FunderExport = {
  headline: FunderLine[];
  tables: FunderTable[];
  money: MoneyLine[];
};

type Labeller = (kind: string, key: string) => string;

export function funderExport(report: AnnualReport, label: Labeller, locale: "fr" | "en" = "fr"): FunderExport {
  const headline: FunderLine[] = [];
  const tables: FunderTable[] = [];
  const money: MoneyLine[] = [];
  const scalar = (key: string, current: number, previous: number) =>
    headline.push({ label: label("headline", key), current: suppressCount(current), previous: suppressCount(previous) });
  // A table whose total is a headline figure: that total is known exactly unless the headline
  // itself was published as "<5". `names` labels rows whose names are data (vaccines).
  const table = (key: string, keys: string[], current: (key: string) => number, previous: (key: string) => number, headline: boolean, names?: Map<string, string>) => {
    const counts = keys.map(current);
    const earlier = keys.map(previous);
    const known = (values: number[]) => headline && !isSmall(values.reduce((sum, value) => sum + value, 0));
    const now = suppressTable(counts, { totalKnown: known(counts) });
    const before = suppressTable(earlier, { totalKnown: known(earlier) });
    tables.push({
      key,
      rows: keys.map((row, index) => ({ label: names?.get(row) ?? label(key, row), current: now.cells[index]!, previous: before.cells[index]! })),
      total: { label: label("headline", "total"), current: now.total, previous: before.total },
      withheld: { current: now.withheld, previous: before.withheld },
    });
  };

  const desk = report.frontDesk;
  if (desk) {
    const { current, previous } = desk;
    scalar("nights", current.nights, previous.nights);
    scalar("visits", current.visits, previous.visits);
    scalar("anonymousVisits", current.anonymousVisits, previous.anonymousVisits);
    scalar("uniqueParticipants", current.uniqueParticipants, previous.uniqueParticipants);
    scalar("newParticipants", current.newParticipants, previous.newParticipants);
    const months = current.byMonth.map((row) => row.month);
    const previousMonth = (month: string) => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
    table(
      "visitsByMonth",
      months,
      (month) => current.byMonth.find((row) => row.month === month)?.visits ?? 0,
      (month) => previous.byMonth.find((row) => row.month === previousMonth(month))?.visits ?? 0,
      true,
    );
    const weekdays = ["1", "2", "3", "4", "5", "6", "7"];
    table(
      "visitsByWeekday",
      weekdays,
      (day) => current.byWeekday.find((row) => row.weekday === Number(day))?.visits ?? 0,
      (day) => previous.byWeekday.find((row) => row.weekday === Number(day))?.visits ?? 0,
      true,
    );
    const kinds = [...new Set([...current.services, ...previous.services].map((row) => row.kind))].sort();
    table(
      "services",
      kinds,
      (kind) => current.services.find((row) => row.kind === kind)?.count ?? 0,
      (kind) => previous.services.find((row) => row.kind === kind)?.count ?? 0,
      false,
    );
  }
  if (report.supplies) {
    const { current, previous } = report.supplies;
    const categories = [...new Set([...current.byCategory, ...previous.byCategory].map((row) => row.category))].sort();
    table(
      "suppliesByCategory",
      categories,
      (category) => current.byCategory.find((row) => row.category === category)?.units ?? 0,
      (category) => previous.byCategory.find((row) => row.category === category)?.units ?? 0,
      false,
    );
    money.push({ label: label("money", "suppliesValue"), currentCents: current.valueCents, previousCents: previous.valueCents });
  }
  if (report.referrals) {
    const { current, previous } = report.referrals;
    scalar("referrals", current.total, previous.total);
    const domains = [...new Set([...current.byDomain, ...previous.byDomain].map((row) => row.domain))].sort();
    table(
      "referralsByDomain",
      domains,
      (domain) => current.byDomain.find((row) => row.domain === domain)?.count ?? 0,
      (domain) => previous.byDomain.find((row) => row.domain === domain)?.count ?? 0,
      true,
    );
    const statuses = [...new Set([...current.byStatus, ...previous.byStatus].map((row) => row.status))].sort();
    table(
      "referralsByStatus",
      statuses,
      (status) => current.byStatus.find((row) => row.status === status)?.count ?? 0,
      (status) => previous.byStatus.find((row) => row.status === status)?.count ?? 0,
      true,
    );
  }
  if (report.clinic) {
    const { current, previous } = report.clinic;
    scalar("clinicEncounters", current.encounters, previous.encounters);
    scalar("clinicAnonymous", current.anonymous, previous.anonymous);
    scalar("clinicTests", current.tests, previous.tests);
    scalar("clinicVaccinations", current.vaccinations, previous.vaccinations);
    const kinds = [...new Set([...current.testsByKind, ...previous.testsByKind].map((row) => row.kind))].sort();
    table(
      "testsByKind",
      kinds,
      (kind) => current.testsByKind.find((row) => row.kind === kind)?.count ?? 0,
      (kind) => previous.testsByKind.find((row) => row.kind === kind)?.count ?? 0,
      true,
    );
    // Vaccinations in the headline also count vaccines typed outside the list: this table's
    // total is its own.
    const vaccines = new Map([...previous.vaccinationsByVaccine, ...current.vaccinationsByVaccine].map((row) => [row.key, locale === "en" ? row.nameEn : row.nameFr]));
    table(
      "vaccinationsByVaccine",
      [...vaccines.keys()].sort(),
      (key) => current.vaccinationsByVaccine.find((row) => row.key === key)?.count ?? 0,
      (key) => previous.vaccinationsByVaccine.find((row) => row.key === key)?.count ?? 0,
      false,
      vaccines,
    );
  }
  if (report.programs) {
    const { current, previous } = report.programs;
    const attendance = (figures: typeof current) => figures.workshops.registered + figures.workshops.anonymous;
    scalar("workshopsHeld", current.workshops.held, previous.workshops.held);
    scalar("workshopAttendance", attendance(current), attendance(previous));
    const topics = [...new Set([...current.workshops.byTopic, ...previous.workshops.byTopic].map((row) => row.topic))].sort();
    const byTopic = (figures: typeof current, topic: string) => {
      const row = figures.workshops.byTopic.find((other) => other.topic === topic);
      return row ? row.registered + row.anonymous : 0;
    };
    table("workshopAttendanceByTopic", topics, (topic) => byTopic(current, topic), (topic) => byTopic(previous, topic), true);
    const tiers = [...new Set([...current.volunteers.byTier, ...previous.volunteers.byTier].map((row) => row.tier))];
    const enrolled = (figures: typeof current) => figures.volunteers.byTier.reduce((sum, row) => sum + row.enrolled, 0);
    scalar("volunteers", enrolled(current), enrolled(previous));
    table(
      "volunteersByTier",
      tiers,
      (tier) => current.volunteers.byTier.find((row) => row.tier === tier)?.enrolled ?? 0,
      (tier) => previous.volunteers.byTier.find((row) => row.tier === tier)?.enrolled ?? 0,
      true,
    );
    scalar("outreachPeopleMet", current.outreach.peopleMet, previous.outreach.peopleMet);
    scalar("outreachNewContacts", current.outreach.newContacts, previous.outreach.newContacts);
    money.push({ label: label("money", "honoraria"), currentCents: current.volunteers.honorariumCents, previousCents: previous.volunteers.honorariumCents });
  }
  if (report.costs) {
    const { current, previous, perVisitCents, perParticipantCents } = report.costs;
    for (const row of current.byCategory) {
      const before = previous.byCategory.find((other) => other.category === row.category);
      money.push({ label: label("expenseCategory", row.category), currentCents: row.spentCents, previousCents: before?.spentCents ?? 0 });
    }
    money.push({ label: label("money", "totalExpenses"), currentCents: current.totalCents, previousCents: previous.totalCents });
    money.push({ label: label("money", "perVisit"), currentCents: perVisitCents.current, previousCents: perVisitCents.previous });
    money.push({ label: label("money", "perParticipant"), currentCents: perParticipantCents.current, previousCents: perParticipantCents.previous });
  }
  return { headline, tables, money };
}

/** A published count as a CSV cell: a number stays a number, "<5" and "x" are text. */
const countCell = (cell: PublishedCount): CsvCell => (cell.kind === "value" ? cell.value : publishedText(cell));
const dollars = (cents: number | null): CsvCell => (cents === null ? "" : decimal(cents / 100, 2));

/** One row per figure: section, figure, this period, the period before. Amounts in dollars. */
export function funderCsv(exported: FunderExport, header: { section: string; figure: string; current: string; previous: string }, sectionLabel: (key: string) => string): string {
  const lines: CsvCell[][] = [[header.section, header.figure, header.current, header.previous]];
  for (const line of exported.headline) lines.push([sectionLabel("headline"), line.label, countCell(line.current), countCell(line.previous)]);
  for (const table of exported.tables) {
    for (const row of [...table.rows, table.total]) lines.push([sectionLabel(table.key), row.label, countCell(row.current), countCell(row.previous)]);
  }
  for (const line of exported.money) lines.push([sectionLabel("money"), line.label, dollars(line.currentCents), dollars(line.previousCents)]);
  return writeCsv(lines);
}
