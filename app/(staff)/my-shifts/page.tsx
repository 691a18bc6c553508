import { getFormatter, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { centreToday } from "@/lib/nights/today";
import { myShifts } from "@/lib/programs/volunteers";
import { PageTitle } from "@/components/ui/page-title";
import { ShiftTable } from "@/components/programs/shift-table";
import { ShiftForm } from "@/components/programs/volunteer-forms";
import { hours } from "@/components/programs/format";
import { recordOwnShift } from "./actions";
import { PANEL_CLASS, Panel } from "@/components/ui/panel";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("myShifts") };
}

export default async function MyShiftsPage() {
  const session = await requirePagePermission("programs:own-shifts", "my-shifts");
  const [mine, t, format] = await Promise.all([myShifts(session), getTranslations(), getFormatter()]);
  if (!mine.linked) {
    return (
      <>
        <PageTitle>{t("nav.myShifts")}</PageTitle>
        <p className={`max-w-xl ${PANEL_CLASS}`}>{t("volunteers.notLinked")}</p>
      </>
    );
  }
  const totalMinutes = mine.shifts.reduce((sum, shift) => sum + shift.minutes, 0);
  return (
    <>
      <PageTitle lead={`${t("volunteers.yourTier", { tier: mine.tier ? t(`programs.tiers.${mine.tier}`) : "—" })} · ${t("volunteers.myShiftsLead")}`}>{t("nav.myShifts")}</PageTitle>
      <Panel headingId="record-heading" heading={t("volunteers.recordShift")} className="mb-6">
        <ShiftForm volunteerId={null} today={centreToday()} save={recordOwnShift} />
      </Panel>
      <Panel headingId="shifts-heading" heading={<>{t("volunteers.shifts")} · {hours(format, totalMinutes)} h</>} className="mb-6">
        <ShiftTable shifts={mine.shifts} honoraria={false} />
      </Panel>
    </>
  );
}
