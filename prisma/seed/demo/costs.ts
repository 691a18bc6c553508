// Two years of the centre's expenses at RÉZO's scale (seed 000; the span in history-span.ts):
// about $100,000 a year besides salaries (rent, food, food transport, maintenance, health and
// office supplies, other), most of it imported month by month from the bookkeeper's CSV, a few
// typed by hand; budgets for this fiscal year and the one before. Honoraria paid for volunteer
// shifts are counted from the shifts themselves, so the typed expenses make up the rest of each
// year's $100,000.
import type { PrismaClient } from "../../../lib/generated/prisma/client.ts";
import { addDays, dateOnly, nightDateOf } from "../../../lib/nights/local-date.ts";
import { seededRandom } from "./random.ts";
import { HISTORY_DAYS } from "./history-span.ts";

type Category = "RENT" | "FOOD" | "FOOD_TRANSPORT" | "MAINTENANCE" | "HEALTH_SUPPLIES" | "OFFICE_SUPPLIES" | "OTHER";

/** A year's typical spending per category, in dollars (the budget is set a little above). */
const YEARLY: Record<Category, number> = {
  RENT: 36_000,
  FOOD: 31_000,
  FOOD_TRANSPORT: 6_000,
  MAINTENANCE: 9_500,
  HEALTH_SUPPLIES: 9_000,
  OFFICE_SUPPLIES: 3_000,
  OTHER: 3_500,
};

const VENDORS: Record<Category, string[]> = {
  RENT: ["Gestion immobilière du Plateau"],
  FOOD: ["Marché Maisonneuve", "IGA Ontario", "Moisson Montréal (contribution)", "Boulangerie du quartier"],
  FOOD_TRANSPORT: ["Location de camionnette", "Essence, tournée de l'épicerie"],
  MAINTENANCE: ["Produits d'entretien", "Plombier", "Buanderie", "Réparation du réfrigérateur"],
  HEALTH_SUPPLIES: ["Pharmacie du coin", "Fournitures de premiers soins", "Trousses de naloxone (complément)"],
  OFFICE_SUPPLIES: ["Papeterie", "Cartes d'information (impression)", "Forfait téléphone et Internet"],
  OTHER: ["Sortie de groupe", "Frais bancaires", "Abonnement au câble"],
};

const FUNDERS = ["Centraide", "Santé Canada", "Ville de Montréal", null];

export async function seedCosts(prisma: PrismaClient, options: { today: Date; timeZone: string; staffIds: string[] }) {
  const random = seededRandom(6_400);
  const today = nightDateOf(options.today, options.timeZone);
  const start = addDays(today, -(HISTORY_DAYS - 1));
  // Honoraria counted from the volunteer shifts seeded before: the books carry the rest of each
  // year, counted back from tonight in years of 365 days (the oldest one partial).
  const yearOf = (offset: number) => Math.floor((HISTORY_DAYS - 1 - offset) / 365);
  const years = yearOf(0) + 1;
  const scales: number[] = [];
  let honoraria = 0;
  for (let year = 0; year < years; year++) {
    const last = addDays(today, -365 * year);
    const days = Math.min(365, HISTORY_DAYS - 365 * year);
    const first = addDays(last, -(days - 1));
    const paid = await honorariaSeeded(prisma, first, last);
    if (year === 0) honoraria = paid;
    scales.push(Math.max(0.5, (100_000 - ((paid / 100) * 365) / days) / Object.values(YEARLY).reduce((sum, value) => sum + value, 0)));
  }

  const rows: { spentOn: Date; category: Category; amountCents: number; description: string; funder: string | null; imported: boolean }[] = [];
  for (let offset = 0; offset < HISTORY_DAYS; offset++) {
    const day = addDays(start, offset);
    const dayOfMonth = Number(day.slice(8, 10));
    const imported = offset < HISTORY_DAYS - 30; // the last month is not yet in the bookkeeper's export
    const scale = scales[yearOf(offset)]!;
    const add = (category: Category, dollars: number, description: string) =>
      rows.push({ spentOn: dateOnly(day), category, amountCents: Math.max(100, Math.round(dollars * scale * 100)), description, funder: random.pick(FUNDERS), imported });
    if (dayOfMonth === 1) add("RENT", YEARLY.RENT / 12, VENDORS.RENT[0]!);
    // Groceries twice a week, a van for them weekly, the rest monthly with some spread.
    if (offset % 7 === 0 || offset % 7 === 3) add("FOOD", (YEARLY.FOOD / 104) * random.normal(1, 0.15), random.pick(VENDORS.FOOD));
    if (offset % 7 === 1) add("FOOD_TRANSPORT", (YEARLY.FOOD_TRANSPORT / 52) * random.normal(1, 0.1), random.pick(VENDORS.FOOD_TRANSPORT));
    if (dayOfMonth === 10) add("MAINTENANCE", (YEARLY.MAINTENANCE / 12) * random.normal(1, 0.25), random.pick(VENDORS.MAINTENANCE));
    if (dayOfMonth === 15) add("HEALTH_SUPPLIES", (YEARLY.HEALTH_SUPPLIES / 12) * random.normal(1, 0.2), random.pick(VENDORS.HEALTH_SUPPLIES));
    if (dayOfMonth === 20) add("OFFICE_SUPPLIES", (YEARLY.OFFICE_SUPPLIES / 12) * random.normal(1, 0.2), random.pick(VENDORS.OFFICE_SUPPLIES));
    if (dayOfMonth === 25) add("OTHER", (YEARLY.OTHER / 12) * random.normal(1, 0.3), random.pick(VENDORS.OTHER));
  }

  const batch = await prisma.expenseImport.create({
    data: { fileName: "export-comptable.csv", rowCount: rows.filter((row) => row.imported).length, importedById: options.staffIds[0] ?? null, importedAt: dateOnly(addDays(today, -30)) },
  });
  await prisma.expense.createMany({
    data: rows.map(({ imported, ...row }) => ({ ...row, importId: imported ? batch.id : null })),
  });

  // Budgets of this fiscal year and the one before (April to March), a little above the spending.
  const fiscalYear = Number(today.slice(5, 7)) >= 4 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
  for (const year of [fiscalYear - 1, fiscalYear]) {
    await prisma.budget.createMany({
      data: [
        ...Object.entries(YEARLY).map(([category, dollars]) => ({ fiscalYear: year, category: category as Category, amountCents: Math.round(dollars * 1.04) * 100 })),
        { fiscalYear: year, category: "VOLUNTEER_HONORARIA" as const, amountCents: Math.max(500_000, Math.round(honoraria / 100_00) * 100_00 + 100_000) },
      ],
    });
  }
}

/** Honoraria of the demo's volunteer shifts from `first` to `last` (both included), in cents. */
async function honorariaSeeded(prisma: PrismaClient, first: string, last: string): Promise<number> {
  const total = await prisma.volunteerShift.aggregate({ where: { date: { gte: dateOnly(first), lte: dateOnly(last) } }, _sum: { honorariumCents: true } });
  return total._sum.honorariumCents ?? 0;
}
