import "server-only";
import type { PrismaClient, Tx } from "@/lib/db";
import { dateOnly } from "@/lib/nights/local-date";
import type { Period } from "@/lib/reports/periods";
import type { ReferralDomain, ReferralStatus } from "@/lib/generated/prisma/enums";

export type ReferralFigures = {
  total: number;
  byDomain: { domain: ReferralDomain; count: number }[];
  /** Where each referral of the period stands now. */
  byStatus: { status: ReferralStatus; count: number }[];
  /** By domain and status together: the finest breakdown, for the funder release's base table. */
  cells: { domain: ReferralDomain; status: ReferralStatus; count: number }[];
};

/** Referrals made in the period (medical ones included: a count discloses no one's health). */
export async function referralFigures(db: PrismaClient | Tx, period: Period): Promise<ReferralFigures> {
  const rows = await db.$queryRaw<{ domain: ReferralDomain; status: ReferralStatus; count: bigint }[]>`
    SELECT "domain"::text AS "domain", "status"::text AS "status", count(*) AS "count"
    FROM "Referral" WHERE "referredOn" >= ${dateOnly(period.from)} AND "referredOn" < ${dateOnly(period.to)}
    GROUP BY "domain", "status"`;
  const sum = <K extends "domain" | "status">(key: K) => {
    const totals = new Map<(typeof rows)[number][K], number>();
    for (const row of rows) totals.set(row[key], (totals.get(row[key]) ?? 0) + Number(row.count));
    return [...totals.entries()].sort(([a], [b]) => a.localeCompare(b));
  };
  return {
    total: rows.reduce((total, row) => total + Number(row.count), 0),
    byDomain: sum("domain").map(([domain, count]) => ({ domain, count })),
    byStatus: sum("status").map(([status, count]) => ({ status, count })),
    cells: rows.map((row) => ({ domain: row.domain, status: row.status, count: Number(row.count) })),
  };
}
