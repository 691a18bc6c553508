import { getFormatter, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { centreToday } from "@/lib/nights/today";
import { myShifts } from "@/lib/programs/volunteers";
import { PageTitle } from "@/components/ui/page-title";
import { ShiftTable } from "@/components/programs/shift-table";
import { ShiftForm } from "@/components/programs/volunteer-forms";
import { hours } from "@/components/programs/format";
import { recordOwnShift } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("myShifts") };
}

const card = "mb-6 rounded-lg border border-stone-300 bg-white p-4";

export default async function MyShiftsPage() {
  const session = await requirePagePermission("programs:own-shifts", "my-shifts");
  const [mine, t, format] = await Promise.all([myShifts(session), getTranslations(), getFormatter()]);
  if (!mine.linked) {
    return (
      <>
        <PageTitle>{t("nav.myShifts")}</PageTitle>
        <p className="max-w-xl rounded-lg border border-stone-300 bg-white p-4">{t("volunteers.notLinked")}</p>
      </>
    );
  }
  const totalMinutes = mine.shifts.reduce((sum, shift) => sum + shift.minutes, 0);
  return (
    <>
      <PageTitle lead={`${t("volunteers.yourTier", { tier: t(`programs.tiers.${mine.tier}` as never) })} · ${t("volunteers.myShiftsLead")}`}>{t("nav.myShifts")}</PageTitle>
      <section aria-labelledby="record-heading" className={card}>
        <h2 id="record-heading" className="mb-3 text-lg font-semibold">{t("volunteers.recordShift")}</h2>
        <ShiftForm volunteerId={null} today={centreToday()} save={recordOwnShift} />
      </section>
      <section aria-labelledby="shifts-heading" className={card}>
        <h2 id="shifts-heading" className="mb-2 text-lg font-semibold">
          {t("volunteers.shifts")} · {hours(format, totalMinutes)} h
        </h2>
        <ShiftTable shifts={mine.shifts} honoraria={false} />
      </section>
    </>
  );
}
