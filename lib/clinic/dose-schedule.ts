import "server-only";
// Dose series (pure, no database): each vaccine has a schedule in months after the first dose,
// e.g. hepatitis B [0, 1, 6]. From the doses a person received, the next dose and its date.
import { dateOnly, isoDate } from "../nights/local-date.ts";

export type Schedule = { vaccineId: string; scheduleMonths: number[] };
export type DoseGiven = { vaccineId: string; dose: number; date: string };
export type NextDose = { vaccineId: string; dose: number; dueOn: string; due: boolean };

/** "YYYY-MM-DD" plus whole months; the 31st of a shorter month becomes its last day. */
export function addMonths(isoDay: string, months: number): string {
  const date = dateOnly(isoDay);
  const day = date.getUTCDate();
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return isoDate(target);
}

/**
 * The next dose of one vaccine for one person: null when no series was started or the series is
 * complete. The series is the one begun by the latest dose 1 (someone may start again years later);
 * a dose is due from the first dose's date plus the schedule's months.
 */
export function nextDoseOf(schedule: Schedule, doses: DoseGiven[], today: string): NextDose | null {
  const own = doses.filter((dose) => dose.vaccineId === schedule.vaccineId).sort((a, b) => a.date.localeCompare(b.date) || a.dose - b.dose);
  const start = own.filter((dose) => dose.dose === 1).at(-1);
  if (!start) return null;
  const series = own.filter((dose) => dose.date >= start.date);
  const highest = Math.max(...series.map((dose) => dose.dose));
  if (highest >= schedule.scheduleMonths.length) return null;
  const months = schedule.scheduleMonths[highest] ?? 0;
  const dueOn = addMonths(start.date, months);
  return { vaccineId: schedule.vaccineId, dose: highest + 1, dueOn, due: dueOn <= today };
}

/** Every vaccine's next dose for one person (started, incomplete series only). */
export function nextDoses(schedules: Schedule[], doses: DoseGiven[], today: string): NextDose[] {
  return schedules.flatMap((schedule) => {
    const next = nextDoseOf(schedule, doses, today);
    return next ? [next] : [];
  });
}

/** The dose the encounter form proposes for a vaccine: the next of the series, else dose 1. */
export function proposedDose(schedule: Schedule, doses: DoseGiven[], today: string): number {
  return nextDoseOf(schedule, doses, today)?.dose ?? 1;
}

/** Is this dose number part of the schedule? */
export function doseInSchedule(scheduleMonths: number[], dose: number): boolean {
  return Number.isInteger(dose) && dose >= 1 && dose <= scheduleMonths.length;
}
