// The annual report's bench, on the front-desk dataset: services are added to the
// visits (a meal for most, a snack for some, a conversation for a few, as the demo has them),
// then the coordinator's report for the twelve months to tonight is timed as the app computes it
// (aggregates in the database) and, at centre scale, against the naive way: a loop over every
// night and every visit, one query per row, summing in JavaScript.
import { randomUUID } from "node:crypto";
import { prisma } from "../../lib/db.ts";
import { annualReport } from "../../lib/reports/annual-report.ts";
import { periodOf, type Period } from "../../lib/reports/periods.ts";
import { dateOnly, isoDate, isoWeekday } from "../../lib/nights/local-date.ts";
import { openStaffSession, resolveStaffSession } from "../../lib/auth/staff-sessions.ts";
import { createStaffUser } from "../../prisma/seed/factories.ts";
import { percentile } from "./report.ts";
import type { FrontDeskDataset } from "./front-desk-dataset.ts";

export type ReportTimings = { ms: number; samples: number; naiveMs: number | null; visits: number };

const RUNS = 7;

export async function measureReport(dataset: FrontDeskDataset, options: { naive: boolean; log: (line: string) => void }): Promise<ReportTimings> {
  const started = performance.now();
  await prisma.$executeRawUnsafe(`
    INSERT INTO "VisitService" ("id", "visitId", "kind", "recordedAt", "nightId")
    SELECT gen_random_uuid(), v."id", k."kind"::"ServiceKind", v."checkedInAt", v."nightId"
    FROM "Visit" v
    CROSS JOIN (VALUES ('MEAL', 0.7), ('SNACK', 0.3), ('SUPPORT_CONVERSATION', 0.1)) AS k("kind", "share")
    WHERE (hashtext(v."id"::text || k."kind") & 1023) < k."share" * 1024
    ON CONFLICT DO NOTHING`);
  await prisma.$executeRawUnsafe(`ANALYZE "VisitService"`);
  options.log(`services added in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const user = await createStaffUser(prisma, { username: `bench-${randomUUID().slice(0, 8)}`, role: "COORDINATOR", password: randomUUID() });
  const session = await resolveStaffSession(await openStaffSession(user.id));
  if (!session) throw new Error("the bench coordinator session did not resolve");
  const period = periodOf("rolling", { today: dataset.today, fiscalStartMonth: 4 });

  const samples: number[] = [];
  let visits = 0;
  for (let run = 0; run <= RUNS; run++) {
    const runStarted = performance.now();
    const report = await annualReport(session, period);
    const ms = performance.now() - runStarted;
    if (run > 0) samples.push(ms); // the first run warms the caches
    visits = report.frontDesk!.current.visits;
  }
  let naiveMs: number | null = null;
  if (options.naive) {
    const naiveStarted = performance.now();
    const naive = await naiveFrontDesk(period);
    naiveMs = performance.now() - naiveStarted;
    if (naive.visits !== visits) throw new Error(`the naive loop counted ${naive.visits} visits, the report ${visits}`);
  }
  return { ms: percentile(samples, 50), samples: samples.length, naiveMs, visits };
}

/** The front-desk section the way a first version would compute it: row by row. */
async function naiveFrontDesk(period: Period) {
  const nights = await prisma.night.findMany({ where: { date: { gte: dateOnly(period.from), lt: dateOnly(period.to) } }, select: { id: true, date: true } });
  const people = new Set<string>();
  const byMonth = new Map<string, number>();
  const byWeekday = new Map<number, number>();
  const services = new Map<string, number>();
  let visits = 0;
  let anonymous = 0;
  let newcomers = 0;
  for (const night of nights) {
    const rows = await prisma.visit.findMany({ where: { nightId: night.id }, select: { id: true, participantId: true, firstVisit: true } });
    for (const row of rows) {
      visits++;
      if (row.participantId) people.add(row.participantId);
      else anonymous++;
      if (row.firstVisit) newcomers++;
      const date = isoDate(night.date);
      byMonth.set(date.slice(0, 7), (byMonth.get(date.slice(0, 7)) ?? 0) + 1);
      byWeekday.set(isoWeekday(date), (byWeekday.get(isoWeekday(date)) ?? 0) + 1);
      for (const service of await prisma.visitService.findMany({ where: { visitId: row.id }, select: { kind: true } })) {
        services.set(service.kind, (services.get(service.kind) ?? 0) + 1);
      }
    }
  }
  return { visits, anonymous, unique: people.size, newcomers, byMonth, byWeekday, services };
}
