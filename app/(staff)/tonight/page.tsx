import { getFormatter, getTranslations } from "next-intl/server";
import { asIsoWeekday } from "@/lib/nights/local-date";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { tonight } from "@/lib/nights/queries";
import { activeCatalogue, nightBoard } from "@/lib/visits/queries";
import { activeKits } from "@/lib/stock/kit-queries";
import { centreToday } from "@/lib/nights/today";
import { readStamp } from "@/lib/visits/tonight-state";
import { PageTitle } from "@/components/ui/page-title";
import { CloseNightForm } from "@/components/tonight/close-night-form";
import { OpenNightButton } from "@/components/tonight/open-night-button";
import { TonightBoard } from "@/components/tonight/tonight-board";
import { ShiftEditor } from "@/components/tonight/shift-editor";
import { shiftCandidates } from "@/lib/users/queries";
import { UpcomingWorkshops } from "./upcoming-workshops";
import { PaperLinks } from "./paper-links";
import { formatLocalDate } from "@/lib/i18n/format-local-date";
import { Panel } from "@/components/ui/panel";
import {
  addDistribution,
  addToShift,
  applyKit,
  removeFromShift,
  checkIn,
  checkInByCode,
  checkOut,
  closeNight,
  countAnonymousVisit,
  openNight,
  registerAndCheckIn,
  removeDistribution,
  setService,
} from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("tonight");
  return { title: t("title") };
}

export default async function TonightPage() {
  const session = await requirePagePermission("visits:record", "tonight");
  const [{ site, night }, t, format] = await Promise.all([tonight(session), getTranslations(), getFormatter()]);
  const today = centreToday();
  const mayManage = can(session.role, "nights:manage");

  if (!night) {
    const days = site.openWeekdays.map((day) => t(`weekdays.${asIsoWeekday(day)}`)).join(", ");
    return (
      <>
        <PageTitle lead={site.name}>{t("tonight.title")}</PageTitle>
        <Panel className="max-w-xl">
          <p className="mb-2 text-lg">{t("tonight.noNight")}</p>
          <p className="mb-4 text-stone-700">{t("tonight.schedule", { days, opens: site.opensAt, closes: site.closesAt })}</p>
          {mayManage ? <OpenNightButton openNight={openNight} /> : <p>{t("tonight.peerCannotOpen")}</p>}
        </Panel>
        <div className="mt-6 max-w-xl"><UpcomingWorkshops session={session} /></div>
        <PaperLinks />
      </>
    );
  }

  // Before the reads: the screen replays any answer newer than this render (tonight-board.tsx).
  const readAt = readStamp();
  const [board, catalogue, kits, candidates] = await Promise.all([
    nightBoard(session, night.id, today),
    activeCatalogue(session),
    activeKits(session),
    mayManage ? shiftCandidates(session) : Promise.resolve([]),
  ]);
  const dateLabel = formatLocalDate(format, night.date, { dateStyle: "full" });

  return (
    <>
      <PageTitle lead={`${site.name} · ${t("tonight.staffOnShift", { names: night.staff.map((member) => member.displayName).join(", ") })}`}>
        {t("tonight.title")} — {dateLabel}
      </PageTitle>
      <TonightBoard
        initial={{ nightId: night.id, board, catalogue, kits, readAt }}
        mayRegister={can(session.role, "participants:write")}
        mayOverride={can(session.role, "stock:override-limit")}
        actions={{ checkIn, checkInByCode, countAnonymousVisit, registerAndCheckIn, setService, addDistribution, applyKit, removeDistribution, checkOut }}
        aside={
          <>
            <UpcomingWorkshops session={session} />
            <PaperLinks nightId={night.id} />
            {mayManage ? (
              <Panel headingId="team-heading" heading={t("tonight.team")}>
                <ShiftEditor nightId={night.id} onShift={night.staff} candidates={candidates} add={addToShift} remove={removeFromShift} />
              </Panel>
            ) : null}
            {mayManage ? (
              <Panel headingId="close-heading" heading={t("tonight.closeNight")}>
                <CloseNightForm nightId={night.id} closeNight={closeNight} />
              </Panel>
            ) : null}
          </>
        }
      />
    </>
  );
}
