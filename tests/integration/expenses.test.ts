import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { createExpenseAction, importExpensesAction, previewExpenseImportAction, saveBudgetAction, deleteImportAction } from "@/lib/costs/actions";
import { signedIn } from "@/tests/support/sessions";
import { runAs } from "@/tests/support/front-desk";

const base64 = (text: string | Uint8Array) => Buffer.from(text).toString("base64");

// A French-Canadian export as a bookkeeper's program writes it: ";" between columns, "," before cents.
const GOOD = [
  "Date;Fournisseur;Catégorie;Montant;Subvention",
  '2026-04-01;Gestion Immo;Loyer;"2 500,00 $";Centraide',
  "2026-04-03;IGA;Épicerie;123,45;",
  "2026-04-05;Honoraires pairs;Honoraires;40,00;",
].join("\r\n");

describe("expenses", () => {
  let coordinator: SessionUser;
  let staff: SessionUser;

  beforeAll(async () => {
    coordinator = await signedIn(prisma, "COORDINATOR");
    staff = await signedIn(prisma, "STAFF");
  });

  it("previews an export with a guessed mapping, then imports every row at once", async () => {
    const preview = await runAs(prisma, previewExpenseImportAction, coordinator, { fileName: "avril.csv", content: base64(GOOD) });
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.data.mapping).toMatchObject({ date: 0, description: 1, category: 2, amount: 3, funder: 4, dateFormat: "YMD" });
    expect(preview.data.mapping.categories).toEqual({ Loyer: "RENT", "Épicerie": "FOOD", Honoraires: "VOLUNTEER_HONORARIA" });
    expect(preview.data.problems).toEqual([]);
    expect(await prisma.expense.count()).toBe(0);

    // Honoraria are counted from volunteer shifts: the coordinator skips them here.
    const mapping = { ...preview.data.mapping, categories: { ...preview.data.mapping.categories, Honoraires: "SKIP" } };
    const imported = await runAs(prisma, importExpensesAction, coordinator, { fileName: "avril.csv", content: base64(GOOD), mapping });
    expect(imported).toMatchObject({ ok: true, data: { count: 2 } });
    const rows = await prisma.expense.findMany({ orderBy: { spentOn: "asc" }, select: { category: true, amountCents: true, funder: true, description: true } });
    expect(rows).toEqual([
      { category: "RENT", amountCents: 250000, funder: "Centraide", description: "Gestion Immo" },
      { category: "FOOD", amountCents: 12345, funder: null, description: "IGA" },
    ]);

    // The wrong file can be undone as a whole.
    const undone = await runAs(prisma, deleteImportAction, coordinator, { importId: imported.ok ? imported.data.importId : "" });
    expect(undone.ok).toBe(true);
    expect(await prisma.expense.count()).toBe(0);
  });

  it("refuses the whole file when one row is bad, naming its row", async () => {
    const bad = `${GOOD}\r\n2026-04-09;Pharmaprix;Santé;1,234;\r\n2026-13-01;Bureau en gros;Bureau;12,00;`;
    const preview = await runAs(prisma, previewExpenseImportAction, coordinator, { fileName: "bad.csv", content: base64(bad) });
    expect(preview.ok && preview.data.problems).toEqual([
      { line: 5, column: "Montant", problem: "amount", detail: "ambiguous" },
      { line: 6, column: "Date", problem: "date" },
    ]);
    const mapping = preview.ok ? preview.data.mapping : null;
    const imported = await runAs(prisma, importExpensesAction, coordinator, { fileName: "bad.csv", content: base64(bad), mapping }, { locale: "fr" });
    expect(imported).toMatchObject({ ok: false, error: "2 lignes refusées, la première à la ligne 5 : rien n'a été importé." });
    expect(await prisma.expense.count()).toBe(0);
    expect(await prisma.expenseImport.count()).toBe(0);
  });

  it("refuses a file that is not UTF-8 and a mapping to a column that does not exist", async () => {
    // "Épicerie" in Windows-1252: É is the single byte 0xC9, invalid in UTF-8.
    const latin1 = new Uint8Array([...Buffer.from("Date;Montant\n2026-04-01;"), 0xc9, ...Buffer.from("12,00\n")]);
    const wrongEncoding = await runAs(prisma, previewExpenseImportAction, coordinator, { fileName: "latin1.csv", content: base64(latin1) });
    expect(wrongEncoding).toMatchObject({ ok: false, error: expect.stringContaining("UTF-8") });
    const mapping = { date: 0, amount: 3, category: 2, description: 9, funder: null, dateFormat: "YMD", categories: {} };
    const missing = await runAs(prisma, importExpensesAction, coordinator, { fileName: "avril.csv", content: base64(GOOD), mapping });
    expect(missing).toMatchObject({ ok: false, error: "A chosen column does not exist in the file." });
    expect(await prisma.expense.count()).toBe(0);
  });

  it("takes typed amounts the way bookkeepers write them and refuses ambiguous or negative ones", async () => {
    const typed = await runAs(prisma, createExpenseAction, coordinator, { spentOn: "2026-05-02", category: "MAINTENANCE", amount: "1 234,56 $", description: "Plombier" });
    expect(typed.ok).toBe(true);
    expect((await prisma.expense.findFirstOrThrow({ where: { description: "Plombier" } })).amountCents).toBe(123456);
    for (const amount of ["1,234", "-12,00", "douze"]) {
      const refused = await runAs(prisma, createExpenseAction, coordinator, { spentOn: "2026-05-02", category: "FOOD", amount, description: "x" });
      expect(refused).toMatchObject({ ok: false, fieldErrors: { amount: expect.any(String) } });
    }
    const negativeBudget = await runAs(prisma, saveBudgetAction, coordinator, { fiscalYear: 2026, amounts: { RENT: "-100" } });
    expect(negativeBudget).toMatchObject({ ok: false, fieldErrors: { "amounts.RENT": "A budget cannot be negative." } });
    expect(await prisma.budget.count()).toBe(0);
  });

  it("keeps money away from everyone but the coordinator", async () => {
    const before = await prisma.expense.count();
    const byStaff = await runAs(prisma, createExpenseAction, staff, { spentOn: "2026-05-02", category: "FOOD", amount: "10", description: "x" });
    expect(byStaff).toMatchObject({ ok: false, error: "Your role does not allow this action or page. Nothing was changed." });
    const preview = await runAs(prisma, previewExpenseImportAction, staff, { fileName: "avril.csv", content: base64(GOOD) });
    expect(preview.ok).toBe(false);
    expect(await prisma.expense.count()).toBe(before);
  });
});
