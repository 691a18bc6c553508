import "server-only";
// The funder release (page and CSV) built from the base table alone (lib/reports/release/
// base-table.ts): every count is a sum of rounded base cells or a rounded count of people, the
// previous-year column is the same rule on the months a year earlier, and a ratio is published
// only over a published denominator and computed from it, so total cost / cost per person gives
// back the published (rounded) head count and nothing else. Money is published as it is:
// amounts describe the centre's books, not a person.
import { monthsOf, type Period } from "@/lib/reports/periods";
import { publisher, type BaseTable, type BreakdownMatch } from "@/lib/reports/release/base-table";
import { publishedDenominator, type PublishedCount } from "@/lib/reports/suppression";
import { MEASURES } from "@/lib/reports/release/measures";

export type FunderLine = { key: string; label: string; current: PublishedCount; previous: PublishedCount };
export type FunderTable = { key: string; rows: FunderLine[]; total: FunderLine };
export type MoneyLine = { key: string; label: string; currentCents: number | null; previousCents: number | null };

export type FunderExport = {
  /** The whole months released, and the same stretch a year earlier. */
  period: Period;
  previous: Period;
  headline: FunderLine[];
  tables: FunderTable[];
  money: MoneyLine[];
};

export type ReleaseSections = { frontDesk: boolean; supplies: boolean; referrals: boolean; clinic: boolean; programs: boolean; costs: boolean };

export type ReleaseInput = {
  period: Period;
  previous: Period;
  base: BaseTable;
  key: Uint8Array;
  sections: ReleaseSections;
  /** Amounts as they are, in the order shown (ratios are added here, from published counts). */
  money: { kind: "money" | "expenseCategory"; key: string; currentCents: number | null; previousCents: number | null }[];
  /** Total expenses, for the ratios; null without the costs section. */
  totalCents: { current: number; previous: number } | null;
  /** Names of listed vaccines in the reader's language (names are data, not messages). */
  vaccineNames: Map<string, string>;
};

type Labeller = (kind: string, key: string) => string;

export function releaseFigures(input: ReleaseInput, label: Labeller): FunderExport {
  const publish = publisher(input.base, input.key);
  const now = monthsOf(input.period);
  const before = monthsOf(input.previous);
  const headline: FunderLine[] = [];
  const tables: FunderTable[] = [];
  const money: MoneyLine[] = [];

  const sumLine = (key: string, rowLabel: string, measure: string, match: BreakdownMatch): FunderLine => ({
    key,
    label: rowLabel,
    current: publish.sum(measure, match, now),
    previous: publish.sum(measure, match, before),
  });
  const any = () => true;
  // A measure kept without breakdown is one cell a month ("all"): over a single month it is a
  // single base cell, "<5" when 1 to 4, like any other single cell.
  const scalar = (key: string, measure: string, match: BreakdownMatch = "all") => headline.push(sumLine(key, label("headline", key), measure, match));
  const people = (key: string, measure: string) =>
    headline.push({ key, label: label("headline", key), current: publish.people(measure, "all", input.period), previous: publish.people(measure, "all", input.previous) });
  const union = (measure: string, group: (breakdown: string) => string = (breakdown) => breakdown) =>
    [...new Set([...publish.breakdowns(measure, now), ...publish.breakdowns(measure, before)].map(group))].sort();
  /** A table of one measure by a breakdown, its total the sum of the same cells. */
  const table = (key: string, measure: string, rows: { key: string; label: string; match: BreakdownMatch }[]) =>
    tables.push({ key, rows: rows.map((row) => sumLine(row.key, row.label, measure, row.match)), total: sumLine("total", label("headline", "total"), measure, any) });
  const byBreakdown = (key: string, measure: string, labelOf: (breakdown: string) => string = (breakdown) => label(key, breakdown)) =>
    table(key, measure, union(measure).map((breakdown) => ({ key: breakdown, label: labelOf(breakdown), match: breakdown })));

  if (input.sections.frontDesk) {
    scalar("nights", MEASURES.nights);
    scalar("visits", MEASURES.visits, any);
    scalar("anonymousVisits", MEASURES.anonymousVisits);
    people("uniqueParticipants", MEASURES.uniqueParticipants);
    people("newParticipants", MEASURES.newParticipants);
    // Visits are kept by weekday and month: a month's row adds its weekdays, a weekday's row
    // adds its months, and both tables add up to the headline.
    const previousMonth = (month: string) => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
    tables.push({
      key: "visitsByMonth",
      rows: now.map((month) => ({
        key: month,
        label: label("visitsByMonth", month),
        current: publish.sum(MEASURES.visits, any, [month]),
        previous: publish.sum(MEASURES.visits, any, [previousMonth(month)]),
      })),
      total: sumLine("total", label("headline", "total"), MEASURES.visits, any),
    });
    table("visitsByWeekday", MEASURES.visits, ["1", "2", "3", "4", "5", "6", "7"].map((day) => ({ key: day, label: label("visitsByWeekday", day), match: day })));
    byBreakdown("services", MEASURES.services);
  }
  if (input.sections.supplies) byBreakdown("suppliesByCategory", MEASURES.supplyUnits);
  if (input.sections.referrals) {
    scalar("referrals", MEASURES.referrals, any);
    // Referrals are kept by domain and status together, so both tables add up to the headline.
    const domain = (breakdown: string) => breakdown.split("/")[0]!;
    const status = (breakdown: string) => breakdown.split("/")[1]!;
    table("referralsByDomain", MEASURES.referrals, union(MEASURES.referrals, domain).map((key) => ({ key, label: label("referralsByDomain", key), match: (b: string) => domain(b) === key })));
    table("referralsByStatus", MEASURES.referrals, union(MEASURES.referrals, status).map((key) => ({ key, label: label("referralsByStatus", key), match: (b: string) => status(b) === key })));
  }
  if (input.sections.clinic) {
    scalar("clinicEncounters", MEASURES.clinicEncounters);
    scalar("clinicAnonymous", MEASURES.clinicAnonymous);
    scalar("clinicTests", MEASURES.clinicTests, any);
    scalar("clinicVaccinations", MEASURES.clinicVaccinations, any);
    byBreakdown("testsByKind", MEASURES.clinicTests);
    // "" is the vaccines typed outside the list, counted under one row whose name never leaves.
    byBreakdown("vaccinationsByVaccine", MEASURES.clinicVaccinations, (key) => (key === "" ? label("otherVaccine", "") : (input.vaccineNames.get(key) ?? key)));
  }
  if (input.sections.programs) {
    scalar("workshopsHeld", MEASURES.workshopsHeld, any);
    scalar("workshopAttendance", MEASURES.workshopAttendance, any);
    byBreakdown("workshopAttendanceByTopic", MEASURES.workshopAttendance);
    const tiers = [...new Set([...publish.peopleBreakdowns(MEASURES.volunteers, input.period), ...publish.peopleBreakdowns(MEASURES.volunteers, input.previous)])].sort();
    const tierLine = (tier: string): FunderLine => ({
      key: tier,
      label: label("volunteersByTier", tier),
      current: publish.people(MEASURES.volunteers, tier, input.period),
      previous: publish.people(MEASURES.volunteers, tier, input.previous),
    });
    const volunteers: FunderLine = {
      key: "volunteers",
      label: label("headline", "volunteers"),
      current: publish.peopleSum(MEASURES.volunteers, tiers, input.period),
      previous: publish.peopleSum(MEASURES.volunteers, tiers, input.previous),
    };
    headline.push(volunteers);
    tables.push({ key: "volunteersByTier", rows: tiers.map(tierLine), total: { ...volunteers, key: "total", label: label("headline", "total") } });
    scalar("outreachPeopleMet", MEASURES.outreachPeopleMet);
    scalar("outreachNewContacts", MEASURES.outreachNewContacts);
  }

  for (const line of input.money) money.push({ key: line.key, label: label(line.kind, line.key), currentCents: line.currentCents, previousCents: line.previousCents });
  if (input.sections.costs && input.totalCents) {
    const total = input.totalCents;
    const visits = sumLine("visits", "", MEASURES.visits, any);
    const unique = { current: publish.people(MEASURES.uniqueParticipants, "all", input.period), previous: publish.people(MEASURES.uniqueParticipants, "all", input.previous) };
    const ratio = (cents: number, over: PublishedCount) => {
      const denominator = publishedDenominator(over);
      return denominator === null ? null : Math.round(cents / denominator);
    };
    money.push({ key: "perVisit", label: label("money", "perVisit"), currentCents: ratio(total.current, visits.current), previousCents: ratio(total.previous, visits.previous) });
    money.push({ key: "perParticipant", label: label("money", "perParticipant"), currentCents: ratio(total.current, unique.current), previousCents: ratio(total.previous, unique.previous) });
  }
  return { period: input.period, previous: input.previous, headline, tables, money };
}
