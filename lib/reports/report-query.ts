import "server-only";
import { periodSchema, type Period } from "@/lib/reports/periods";
import { reportPeriod } from "@/lib/reports/annual-report";

/** The period a report page or download asks for in its address; a bad address gets the default. */
export async function periodFromQuery(query: { kind?: string; year?: string }): Promise<Period> {
  const parsed = periodSchema.safeParse(query);
  if (!parsed.success) return reportPeriod("rolling");
  return reportPeriod(parsed.data.kind, parsed.data.year);
}

/** The years the period picker offers: this one and the five before. */
export function pickerYears(period: Period, thisYear: number): number[] {
  const years = new Set(Array.from({ length: 6 }, (_, index) => thisYear - index));
  years.add(period.year);
  return [...years].sort((a, b) => b - a);
}
