import "server-only";
import type { PrismaClient, Tx } from "@/lib/db";
import { dateOnly } from "@/lib/nights/local-date";
import { EXPENSE_CATEGORIES, type ExpenseCategory } from "@/lib/costs/categories";
import type { Period } from "@/lib/reports/periods";

export type CostFigures = {
  byCategory: { category: ExpenseCategory; spentCents: number; budgetCents: number | null }[];
  totalCents: number;
  /** Null when the period is not a fiscal year (budgets are set per fiscal year). */
  budgetCents: number | null;
  /** Honoraria paid for volunteer shifts, counted from the shifts (never typed twice). */
  honorariaFromShiftsCents: number;
};

/** Expenses per category against the fiscal year's budget, summed in the database. */
export async function costFigures(db: PrismaClient | Tx, period: Period): Promise<CostFigures> {
  const from = dateOnly(period.from);
  const to = dateOnly(period.to);
  const [spent, budgets, honoraria] = await Promise.all([
    db.$queryRaw<{ category: ExpenseCategory; cents: bigint }[]>`
      SELECT "category"::text AS "category", sum("amountCents") AS "cents"
      FROM "Expense" WHERE "spentOn" >= ${from} AND "spentOn" < ${to}
      GROUP BY "category"`,
    period.kind === "fiscal"
      ? db.budget.findMany({ where: { fiscalYear: period.year }, select: { category: true, amountCents: true } })
      : Promise.resolve(null),
    honorariaFromShifts(db, period),
  ]);
  const spentBy = new Map(spent.map((row) => [row.category, Number(row.cents)]));
  spentBy.set("VOLUNTEER_HONORARIA", (spentBy.get("VOLUNTEER_HONORARIA") ?? 0) + honoraria);
  const budgetBy = budgets ? new Map(budgets.map((row) => [row.category as ExpenseCategory, row.amountCents])) : null;
  const byCategory = EXPENSE_CATEGORIES.map((category) => ({
    category,
    spentCents: spentBy.get(category) ?? 0,
    budgetCents: budgetBy ? (budgetBy.get(category) ?? 0) : null,
  }));
  return {
    byCategory,
    totalCents: byCategory.reduce((sum, row) => sum + row.spentCents, 0),
    budgetCents: budgetBy ? [...budgetBy.values()].reduce((sum, cents) => sum + cents, 0) : null,
    honorariaFromShiftsCents: honoraria,
  };
}

/** Honoraria paid for the period's volunteer shifts (lib/programs): counted once, from the shifts. */
async function honorariaFromShifts(db: PrismaClient | Tx, period: Period): Promise<number> {
  const total = await db.volunteerShift.aggregate({
    where: { date: { gte: dateOnly(period.from), lt: dateOnly(period.to) } },
    _sum: { honorariumCents: true },
  });
  return total._sum.honorariumCents ?? 0;
}
