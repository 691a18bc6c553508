import "server-only";
import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { dateOnly, isoDate } from "@/lib/nights/local-date";
import type { ExpenseCategory } from "@/lib/costs/categories";
import type { Period } from "@/lib/reports/periods";

/** 1 = January ... 12 = December; April unless the coordinator chose otherwise. */
export async function fiscalYearStartMonth(): Promise<number> {
  const settings = await prisma.financeSettings.findUnique({ where: { id: 1 }, select: { fiscalYearStartMonth: true } });
  return settings?.fiscalYearStartMonth ?? 4;
}

function assertCosts(session: SessionUser) {
  requirePermission(session, "reports:costs");
}

export type ExpenseRow = { id: string; spentOn: string; category: ExpenseCategory; amountCents: number; description: string; funder: string | null; imported: boolean };

export async function expensesOf(session: SessionUser, period: Period, options: { take?: number } = {}): Promise<{ rows: ExpenseRow[]; count: number }> {
  assertCosts(session);
  const where = { spentOn: { gte: dateOnly(period.from), lt: dateOnly(period.to) } };
  const [rows, count] = await Promise.all([
    prisma.expense.findMany({
      where,
      orderBy: [{ spentOn: "desc" }, { createdAt: "desc" }],
      take: options.take ?? 200,
      select: { id: true, spentOn: true, category: true, amountCents: true, description: true, funder: true, importId: true },
    }),
    prisma.expense.count({ where }),
  ]);
  return {
    rows: rows.map(({ importId, spentOn, ...row }) => ({ ...row, spentOn: isoDate(spentOn), imported: importId !== null })),
    count,
  };
}

export async function budgetOf(session: SessionUser, fiscalYear: number): Promise<Partial<Record<ExpenseCategory, number>>> {
  assertCosts(session);
  const rows = await prisma.budget.findMany({ where: { fiscalYear }, select: { category: true, amountCents: true } });
  return Object.fromEntries(rows.map((row) => [row.category, row.amountCents]));
}

export async function recentImports(session: SessionUser) {
  assertCosts(session);
  const rows = await prisma.expenseImport.findMany({
    orderBy: { importedAt: "desc" },
    take: 10,
    select: { id: true, fileName: true, rowCount: true, importedAt: true, expenses: { select: { amountCents: true } } },
  });
  return rows.map(({ expenses, ...row }) => ({ ...row, totalCents: expenses.reduce((sum, expense) => sum + expense.amountCents, 0) }));
}
