import { getFormatter, getTranslations } from "next-intl/server";
import { day, hours, money } from "@/components/programs/format";
import type { VolunteerActivity } from "@/lib/generated/prisma/enums";

type Shift = { id: string; date: string; activity: VolunteerActivity; minutes: number; note: string | null; honorariumCents: number | null };

/** A volunteer's shifts: on their record (honoraria for the coordinator only) and on a peer's own page. */
export async function ShiftTable({ shifts, honoraria }: { shifts: Shift[]; honoraria: boolean }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (shifts.length === 0) return <p className="text-stone-700">{t("volunteers.noShifts")}</p>;
  const noteClass = honoraria ? "py-1 pl-4" : "py-1";
  return (
    <table className="w-full text-left" data-testid="shift-table">
      <thead className="text-sm">
        <tr>
          <th scope="col" className="py-1">{t("volunteers.date")}</th>
          <th scope="col" className="py-1">{t("volunteers.activity")}</th>
          <th scope="col" className="py-1 text-right">{t("volunteers.hours")}</th>
          {honoraria ? <th scope="col" className="py-1 text-right">{t("volunteers.honorarium")}</th> : null}
          <th scope="col" className={noteClass}>{t("volunteers.note")}</th>
        </tr>
      </thead>
      <tbody>
        {shifts.map((shift) => (
          <tr key={shift.id} className="border-t border-stone-200">
            <td className="py-1">{day(format, shift.date)}</td>
            <td className="py-1">{t(`programs.activities.${shift.activity}`)}</td>
            <td className="py-1 text-right tabular-nums">{hours(format, shift.minutes)}</td>
            {honoraria ? <td className="py-1 text-right tabular-nums">{money(format, shift.honorariumCents ?? 0)}</td> : null}
            <td className={noteClass}>{shift.note ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
