import { getFormatter, getTranslations } from "next-intl/server";
import { day, hours, money } from "@/components/programs/format";
import type { VolunteerActivity } from "@/lib/generated/prisma/enums";
import { Cell, Table } from "@/components/ui/table";

type Shift = { id: string; date: string; activity: VolunteerActivity; minutes: number; note: string | null; honorariumCents: number | null };

/** A volunteer's shifts: on their record (honoraria for the coordinator only) and on a peer's own page. */
export async function ShiftTable({ shifts, honoraria }: { shifts: Shift[]; honoraria: boolean }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (shifts.length === 0) return <p className="text-stone-700">{t("volunteers.noShifts")}</p>;
  const noteClass = honoraria ? "pl-4" : undefined;
  return (
    <Table
      variant="compact"
      label={t("volunteers.shifts")}
      data-testid="shift-table"
      columns={[
        { header: t("volunteers.date") },
        { header: t("volunteers.activity") },
        { header: t("volunteers.hours"), numeric: true },
        honoraria && { header: t("volunteers.honorarium"), numeric: true },
        { header: t("volunteers.note"), className: noteClass },
      ]}
    >
      {shifts.map((shift) => (
        <tr key={shift.id}>
          <td>{day(format, shift.date)}</td>
          <td>{t(`programs.activities.${shift.activity}`)}</td>
          <Cell numeric>{hours(format, shift.minutes)}</Cell>
          {honoraria ? <Cell numeric>{money(format, shift.honorariumCents ?? 0)}</Cell> : null}
          <td className={noteClass}>{shift.note ?? ""}</td>
        </tr>
      ))}
    </Table>
  );
}
