import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { monthsOf, periodOf, previousPeriod, type Period, type PeriodKind } from "@/lib/reports/periods";
import type { MonthCell, PeopleCell } from "@/lib/reports/release/base-table";
import { releasePeriod } from "@/lib/reports/release/release-period";
import { releaseFigures, type FunderExport } from "@/lib/reports/release/release-figures";
import type { PublishedCount } from "@/lib/reports/suppression";

// The attacker of docs/roles-and-privacy.md, rule 7. A random centre's data over several years; every release a
// coordinator can download on one evening (calendar and fiscal years this one and the five
// before, the rolling year, each with its previous-year column, every breakdown and ratio); the
// attacker puts them all side by side and tries to recover a small count.
//
// What the attacker knows: every published figure and what it covers (which measure, breakdown
// and months), the method (each base cell is rounded once to a multiple of 5, within 4 of its
// count; "<5" is 1 to 4; a count of people is its own cell), the total expenses; not the key.
// Attacks: differencing every pair of overlapping figures (calendar against fiscal against
// rolling, this year against the previous-year column of the next), a table's total minus its
// other rows, breakdown against breakdown, people counts of nested periods, and ratios (total
// cost / cost per person, per visit). Differencing is done once and for all by propagating
// intervals over every "sum of cells = figure" equation until nothing changes (interval
// propagation finds every difference of two figures, and chains of them).
//
// "Recovered to within 2": for a true count of 1 to 4 (a small base cell, or a count of people
// published as "<5"), the interval the attacker can prove holds it is at most 2 wide (say 2..4),
// or a ratio hands back a denominator within 2 of it. "<5" alone leaves the interval 1..4 (3
// wide), so this flags any narrowing of what "<5" already says: the ±2 of the issue around a
// value of 1 to 4 would be given by "<5" itself, so the test holds the stricter bar.
//
// To show the attacker has teeth, it also attacks the former rule (exact figures, "<5" for 1 to
// 4) on the same data, and must recover counts there.

const KEY = Buffer.from("attacker-test-key-unknown-to-the-attacker!");
const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"];
const REFERRALS = ["HOUSING/REFERRED", "HOUSING/CONNECTED", "LEGAL/REFERRED", "LEGAL/CONNECTED"];
const SERVICES = ["MEAL", "SNACK"];
const UNIVERSE: Record<string, string[]> = { visits: WEEKDAYS, anonymousVisits: ["all"], nights: ["all"], services: SERVICES, referrals: REFERRALS };

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Centre = {
  today: string;
  fiscalStartMonth: number;
  cells: MonthCell[];
  persons: string[][];
  costByMonth: Map<string, number>;
};

function centre(seed: number): Centre {
  const next = random(seed);
  const year = 2026;
  const todayMonth = 1 + Math.floor(next() * 12);
  const today = `${year}-${String(todayMonth).padStart(2, "0")}-${String(1 + Math.floor(next() * 28)).padStart(2, "0")}`;
  const months = monthsOf({ kind: "calendar", year: year - 8, from: `${year - 8}-01-01`, to: `${year + 1}-01-01` });
  // Most cells small or empty: the hard case for a small centre.
  const count = () => {
    const draw = next();
    return draw < 0.45 ? 0 : draw < 0.8 ? 1 + Math.floor(next() * 4) : 5 + Math.floor(next() * 20);
  };
  const cells: MonthCell[] = [];
  for (const month of months) for (const [measure, breakdowns] of Object.entries(UNIVERSE)) for (const breakdown of breakdowns) cells.push({ measure, breakdown, month, count: count() });
  // A few people, each seen in a few months: counts of people of 1 to 4 are common.
  const persons = Array.from({ length: 3 + Math.floor(next() * 8) }, () => months.filter(() => next() < 0.04));
  const costByMonth = new Map(months.map((month) => [month, Math.floor(next() * 500_000)]));
  return { today, fiscalStartMonth: 1 + Math.floor(next() * 12), cells, persons, costByMonth };
}

/** Every release downloadable on the centre's evening: the period picker's kinds and years. */
function downloadable(data: Centre): Period[] {
  const year = Number(data.today.slice(0, 4));
  const asked: Period[] = [periodOf("rolling", { today: data.today, fiscalStartMonth: data.fiscalStartMonth })];
  for (const kind of ["calendar", "fiscal"] as PeriodKind[]) {
    for (let back = 0; back <= 5; back++) asked.push(periodOf(kind, { today: data.today, fiscalStartMonth: data.fiscalStartMonth, year: year - back }));
  }
  return asked.map((period) => releasePeriod(period, data.today));
}

const within = (period: Period, month: string) => month >= period.from.slice(0, 7) && `${month}-01` < period.to;
const peopleIn = (data: Centre, period: Period) => ({
  unique: data.persons.filter((months) => months.some((month) => within(period, month))).length,
  fresh: data.persons.filter((months) => months.length > 0 && within(period, months[0]!)).length,
});
const costIn = (data: Centre, period: Period) => monthsOf(period).reduce((sum, month) => sum + (data.costByMonth.get(month) ?? 0), 0);

// ---- What a published figure covers, as the attacker reads it from the release's layout. ----

type Figure =
  | { kind: "sum"; vars: string[]; published: PublishedCount; single: boolean }
  | { kind: "people"; id: string; published: PublishedCount }
  | { kind: "ratio"; people: string | null; cents: number | null; totalCents: number };

const cellVar = (measure: string, breakdown: string, month: string) => `${measure}|${breakdown}|${month}`;
const peopleVar = (measure: string, period: Period) => `people|${measure}|${period.from}|${period.to}`;
const lastYear = (month: string) => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;

function coverage(measure: string, breakdowns: string[], months: string[]) {
  return { vars: months.flatMap((month) => breakdowns.map((breakdown) => cellVar(measure, breakdown, month))), single: breakdowns.length === 1 && months.length === 1 };
}

function figuresOf(release: FunderExport, totals: { current: number; previous: number }): Figure[] {
  const figures: Figure[] = [];
  const columns = [
    ["current", release.period],
    ["previous", release.previous],
  ] as const;
  const tableMeasure: Record<string, string> = { visitsByMonth: "visits", visitsByWeekday: "visits", services: "services", referralsByDomain: "referrals", referralsByStatus: "referrals" };
  for (const [column, period] of columns) {
    const months = monthsOf(period);
    for (const line of release.headline) {
      if (line.key === "uniqueParticipants" || line.key === "newParticipants") {
        figures.push({ kind: "people", id: peopleVar(line.key, period), published: line[column] });
        continue;
      }
      const measure = line.key;
      figures.push({ kind: "sum", published: line[column], ...coverage(measure, measure === "visits" ? WEEKDAYS : UNIVERSE[measure]!, months) });
    }
    for (const table of release.tables) {
      const measure = tableMeasure[table.key]!;
      figures.push({ kind: "sum", published: table.total[column], ...coverage(measure, UNIVERSE[measure]!, months) });
      for (const row of table.rows) {
        const rowCoverage =
          table.key === "visitsByMonth"
            ? coverage("visits", WEEKDAYS, [column === "current" ? row.key : lastYear(row.key)])
            : table.key === "referralsByDomain"
              ? coverage(measure, REFERRALS.filter((b) => b.startsWith(`${row.key}/`)), months)
              : table.key === "referralsByStatus"
                ? coverage(measure, REFERRALS.filter((b) => b.endsWith(`/${row.key}`)), months)
                : coverage(measure, [row.key], months);
        // A row summing several breakdowns is never a single cell, even over one month.
        figures.push({ kind: "sum", published: row[column], vars: rowCoverage.vars, single: rowCoverage.single && table.key !== "visitsByMonth" });
      }
    }
    const money = (key: string) => release.money.find((line) => line.key === key)?.[column === "current" ? "currentCents" : "previousCents"] ?? null;
    figures.push({ kind: "ratio", people: peopleVar("uniqueParticipants", period), cents: money("perParticipant"), totalCents: totals[column] });
  }
  return figures;
}

// ---- The attacker: interval propagation over everything published. ----

type Interval = { lo: number; hi: number };

/** step 5: a published sum is a sum of cells rounded to 5 (the release); step 1: of true counts. */
function attack(figures: Figure[], step: 1 | 5, nested: [string, string][]) {
  const slack = step - 1;
  const counts = new Map<string, Interval>();
  const rounded = new Map<string, Interval>();
  const get = (map: Map<string, Interval>, id: string) => map.get(id) ?? { lo: 0, hi: Number.POSITIVE_INFINITY };
  let changed = true;
  const narrow = (map: Map<string, Interval>, id: string, lo: number, hi: number) => {
    const old = get(map, id);
    const snappedLo = map === rounded ? Math.ceil(lo / step) * step : lo;
    const snappedHi = map === rounded ? Math.floor(hi / step) * step : hi;
    const next = { lo: Math.max(old.lo, snappedLo), hi: Math.min(old.hi, snappedHi) };
    // An empty interval would mean the attacker's model of the release is wrong: fail loudly.
    if (!(next.lo <= next.hi)) throw new Error(`inconsistent model (step ${step}): ${id} narrowed to ${lo}..${hi} from ${old.lo}..${old.hi}`);
    if (next.lo !== old.lo || next.hi !== old.hi) {
      map.set(id, next);
      changed = true;
    }
  };
  const link = (id: string) => {
    const count = get(counts, id);
    const value = get(rounded, id);
    narrow(counts, id, value.lo - slack, value.hi + slack);
    narrow(rounded, id, count.lo - slack, count.hi + slack);
  };
  const label = (id: string, published: PublishedCount) => {
    if (published.kind === "small") narrow(counts, id, 1, 4);
    else if (published.value === 0) narrow(counts, id, 0, 0);
    else if (step === 1) narrow(counts, id, published.value, published.value);
    else {
      narrow(rounded, id, published.value, published.value);
      narrow(counts, id, 5, Number.POSITIVE_INFINITY); // not shown as "<5", so not 1 to 4
    }
  };
  for (let round = 0; round < 40 && changed; round++) {
    changed = false;
    for (const figure of figures) {
      if (figure.kind === "people") {
        label(figure.id, figure.published);
        link(figure.id);
      } else if (figure.kind === "sum") {
        if (figure.single) label(figure.vars[0]!, figure.published);
        // The figure is the sum of its cells' published values (step 5: their rounded values);
        // a "<5" of the release hides its single cell's rounded value, so it adds no equation.
        if (step === 5 && figure.published.kind === "small") continue;
        const [lo, hi] = figure.published.kind === "small" ? [1, 4] : [figure.published.value, figure.published.value];
        const map = step === 1 ? counts : rounded;
        const sums = figure.vars.map((id) => get(map, id));
        const totalLo = sums.reduce((sum, range) => sum + range.lo, 0);
        // The others' highest sum, unbounded while another cell still is.
        const unbounded = sums.filter((range) => range.hi === Number.POSITIVE_INFINITY).length;
        const finiteHi = sums.reduce((sum, range) => sum + (range.hi === Number.POSITIVE_INFINITY ? 0 : range.hi), 0);
        figure.vars.forEach((id, index) => {
          const own = sums[index]!;
          const othersHi = unbounded - (own.hi === Number.POSITIVE_INFINITY ? 1 : 0) > 0 ? Number.POSITIVE_INFINITY : finiteHi - (own.hi === Number.POSITIVE_INFINITY ? 0 : own.hi);
          narrow(map, id, lo - othersHi, hi - (totalLo - own.lo));
          link(id);
        });
      }
    }
    for (const [inner, outer] of nested) {
      // A person seen in the inner period was seen in the outer one (and new ones were seen).
      const a = get(counts, inner);
      const b = get(counts, outer);
      narrow(counts, inner, 0, b.hi);
      narrow(counts, outer, a.lo, Number.POSITIVE_INFINITY);
      link(inner);
      link(outer);
    }
  }
  // Ratios: total cost / cost per person, taken as the true head count.
  const ratioGuesses = new Map<string, number>();
  for (const figure of figures) {
    if (figure.kind !== "ratio" || figure.cents === null || figure.cents <= 0 || !figure.people) continue;
    const guess = Math.round(figure.totalCents / figure.cents);
    ratioGuesses.set(figure.people, guess);
  }
  return { counts, ratioGuesses };
}

/** The former rule on the same data: exact figures, "<5" for 1 to 4, ratios over true counts. */
function formerRelease(data: Centre, period: Period, previous: Period): Figure[] {
  const exact = (count: number): PublishedCount => (count >= 1 && count <= 4 ? { kind: "small" } : { kind: "value", value: count });
  const truth = new Map(data.cells.map((cell) => [cellVar(cell.measure, cell.breakdown, cell.month), cell.count]));
  const figures: Figure[] = [];
  for (const column of [period, previous]) {
    const months = monthsOf(column);
    const sum = (measure: string, breakdowns: string[], over: string[]) => {
      const { vars, single } = coverage(measure, breakdowns, over);
      figures.push({ kind: "sum", vars, single, published: exact(vars.reduce((total, id) => total + (truth.get(id) ?? 0), 0)) });
    };
    for (const [measure, breakdowns] of Object.entries(UNIVERSE)) {
      sum(measure, breakdowns, months);
      for (const breakdown of breakdowns) sum(measure, [breakdown], months);
    }
    for (const month of months) sum("visits", WEEKDAYS, [month]);
    const people = peopleIn(data, column);
    figures.push({ kind: "people", id: peopleVar("uniqueParticipants", column), published: exact(people.unique) });
    figures.push({ kind: "people", id: peopleVar("newParticipants", column), published: exact(people.fresh) });
    const total = costIn(data, column);
    figures.push({ kind: "ratio", people: peopleVar("uniqueParticipants", column), cents: people.unique > 0 ? Math.round(total / people.unique) : null, totalCents: total });
  }
  return figures;
}

type Outcome = { releases: number; figures: number; targets: number; recovered: string[]; differenced: number; ratios: number };

function judge(data: Centre, figures: Figure[], step: 1 | 5, periods: Period[]): Outcome {
  const truth = new Map<string, number>(data.cells.map((cell) => [cellVar(cell.measure, cell.breakdown, cell.month), cell.count]));
  for (const period of periods) {
    const people = peopleIn(data, period);
    truth.set(peopleVar("uniqueParticipants", period), people.unique);
    truth.set(peopleVar("newParticipants", period), people.fresh);
  }
  const nested: [string, string][] = [];
  for (const inner of periods) {
    nested.push([peopleVar("newParticipants", inner), peopleVar("uniqueParticipants", inner)]);
    for (const outer of periods) if (inner !== outer && inner.from >= outer.from && inner.to <= outer.to) nested.push([peopleVar("uniqueParticipants", inner), peopleVar("uniqueParticipants", outer)]);
  }
  const { counts, ratioGuesses } = attack(figures, step, nested);
  // Every value covered by some release whose truth is 1 to 4 is a target.
  const covered = new Set(figures.flatMap((figure) => (figure.kind === "sum" ? figure.vars : figure.kind === "people" ? [figure.id] : [])));
  const recovered: string[] = [];
  let targets = 0;
  let differenced = 0;
  let ratios = 0;
  for (const id of covered) {
    const value = truth.get(id) ?? 0;
    if (value < 1 || value > 4) continue;
    targets++;
    const range = counts.get(id) ?? { lo: 0, hi: Number.POSITIVE_INFINITY };
    // The attacker's intervals must be sound (hold the truth), else the attack itself is wrong.
    expect(range.lo <= value && value <= range.hi, `${id}: ${value} outside ${range.lo}..${range.hi}`).toBe(true);
    const guess = ratioGuesses.get(id);
    const byDifferencing = range.hi - range.lo <= 2;
    const byRatio = guess !== undefined && Math.abs(guess - value) <= 2;
    if (byDifferencing) differenced++;
    if (byRatio) ratios++;
    if (byDifferencing || byRatio) recovered.push(`${id}=${value} (${range.lo}..${range.hi}${guess === undefined ? "" : `, ratio ${guess}`})`);
  }
  return { releases: periods.length / 2, figures: figures.length, targets, recovered, differenced, ratios };
}

function releasesOf(data: Centre) {
  const periods = downloadable(data);
  const base = {
    months: data.cells,
    people: periods.flatMap((period) => [period, previousPeriod(period)]).flatMap((period): PeopleCell[] => {
      const people = peopleIn(data, period);
      return [
        { measure: "uniqueParticipants", breakdown: "all", from: period.from, to: period.to, count: people.unique },
        { measure: "newParticipants", breakdown: "all", from: period.from, to: period.to, count: people.fresh },
      ];
    }),
  };
  return periods.map((period) => {
    const previous = previousPeriod(period);
    const totals = { current: costIn(data, period), previous: costIn(data, previous) };
    const release = releaseFigures(
      {
        period,
        previous,
        base,
        key: KEY,
        sections: { frontDesk: true, supplies: false, referrals: true, clinic: false, programs: false, costs: true },
        money: [{ kind: "money", key: "totalExpenses", currentCents: totals.current, previousCents: totals.previous }],
        totalCents: totals,
        vaccineNames: new Map(),
      },
      (_kind, key) => key,
    );
    return { period, previous, release, totals };
  });
}

describe("the differencing and ratio attacker against every release of a year", () => {
  it("property: no small count (1 to 4) is recovered to within 2 from all releases side by side; the former rule gives them away", () => {
    const tally = { runs: 0, releases: 0, figures: 0, targets: 0, recovered: 0, formerTargets: 0, formerRecovered: 0, formerByDifferencing: 0, formerByRatio: 0 };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const data = centre(seed);
        const releases = releasesOf(data);
        const periods = releases.flatMap((entry) => [entry.period, entry.previous]);
        // Nothing leaves as a count of 1 to 4 or off the grid of 5.
        for (const { release } of releases) {
          for (const line of [...release.headline, ...release.tables.flatMap((table) => [...table.rows, table.total])]) {
            for (const cell of [line.current, line.previous]) if (cell.kind === "value") expect(cell.value % 5).toBe(0);
          }
        }
        const figures = releases.flatMap(({ release, totals }) => figuresOf(release, totals));
        const ours = judge(data, figures, 5, periods);
        const former = judge(data, releases.flatMap(({ period, previous }) => formerRelease(data, period, previous)), 1, periods);
        tally.runs++;
        tally.releases += ours.releases;
        tally.figures += ours.figures;
        tally.targets += ours.targets;
        tally.recovered += ours.recovered.length;
        tally.formerTargets += former.targets;
        tally.formerRecovered += former.recovered.length;
        tally.formerByDifferencing += former.differenced;
        tally.formerByRatio += former.ratios;
        expect(ours.recovered, `seed ${seed}`).toEqual([]);
      }),
      { numRuns: 25, seed: 20261203 },
    );
    console.info(`[attacker] ${JSON.stringify(tally)}`);
    expect(tally.formerByDifferencing).toBeGreaterThan(0);
    expect(tally.formerByRatio).toBeGreaterThan(0);
  }, 120_000);
});
