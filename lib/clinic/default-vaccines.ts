// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// The vaccines a health team offers at first (seed 001: hepatitis A and B, seasonal flu ...).
// The health team edits names and schedules at /clinic/settings; only missing keys are added.
import type { PrismaClient } from "../generated/prisma/client.ts";

export type DefaultVaccine = { key: string; nameFr: string; nameEn: string; scheduleMonths: number[] };

export const DEFAULT_VACCINES: readonly DefaultVaccine[] = [
  { key: "hep-a", nameFr: "Hépatite A", nameEn: "Hepatitis A", scheduleMonths: [0, 6] },
  { key: "hep-b", nameFr: "Hépatite B", nameEn: "Hepatitis B", scheduleMonths: [0, 1, 6] },
  { key: "hep-ab", nameFr: "Hépatites A et B (combiné)", nameEn: "Hepatitis A and B (combined)", scheduleMonths: [0, 1, 6] },
  { key: "flu", nameFr: "Grippe saisonnière", nameEn: "Seasonal flu", scheduleMonths: [0] },
  { key: "covid-19", nameFr: "COVID-19", nameEn: "COVID-19", scheduleMonths: [0] },
  { key: "mpox", nameFr: "Mpox", nameEn: "Mpox", scheduleMonths: [0, 1] },
  { key: "hpv", nameFr: "VPH", nameEn: "HPV", scheduleMonths: [0, 2, 6] },
];

export async function ensureDefaultVaccines(prisma: PrismaClient): Promise<number> {
  const result = await prisma.clinicVaccine.createMany({
    data: DEFAULT_VACCINES.map((vaccine, index) => ({ ...vaccine, sortOrder: index })),
    skipDuplicates: true,
  });
  return result.count;
}
