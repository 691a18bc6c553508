import "server-only";
import type { PrismaClient, Tx } from "@/lib/db";

// The health team's own settings. Recording test results is off until the team turns it on:
// then the result itself is kept, and seen by HEALTH only.
export const RECORD_RESULTS_KEY = "clinic.recordResults";

export async function recordsResults(db: Tx | PrismaClient): Promise<boolean> {
  const row = await db.setting.findUnique({ where: { key: RECORD_RESULTS_KEY }, select: { value: true } });
  return row?.value === true;
}

export async function setRecordsResults(tx: Tx, record: boolean): Promise<void> {
  await tx.setting.upsert({ where: { key: RECORD_RESULTS_KEY }, create: { key: RECORD_RESULTS_KEY, value: record }, update: { value: record } });
}

export type VaccineRow = { id: string; key: string; nameFr: string; nameEn: string; scheduleMonths: number[]; active: boolean };

export const vaccineSelect = { id: true, key: true, nameFr: true, nameEn: true, scheduleMonths: true, active: true } as const;

export async function vaccinesOf(db: Tx | PrismaClient, options: { activeOnly: boolean }): Promise<VaccineRow[]> {
  return db.clinicVaccine.findMany({ where: options.activeOnly ? { active: true } : {}, select: vaccineSelect, orderBy: [{ sortOrder: "asc" }, { nameFr: "asc" }] });
}
