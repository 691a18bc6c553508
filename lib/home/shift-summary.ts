import "server-only";
// The shift's home page: what the evening needs, each item gated by the permission of the page it
// links to (lib/navigation.ts), so the home never shows a role more than that page would. Each item
// comes from its domain's own query; they run side by side, since this is everyone's landing page.
// A landing is one read in the audit log ("home.read", naming the items shown): the follow-ups and
// the clinic's list are audited reads on their own pages, but here their unaudited twins run, so
// the log does not say that the worklist or the clinic screen was opened each time someone lands.
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { can, type Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { centreToday } from "@/lib/nights/today";
import { tonight } from "@/lib/nights/queries";
import { nightCountsOf } from "@/lib/visits/queries";
import { followUpsDueUnaudited } from "@/lib/referrals/queries";
import { stockOverview } from "@/lib/stock/queries";
import { coverageBoard } from "@/lib/programs/coverage";
import { expiringTrainings, type ExpiringTraining } from "@/lib/programs/expiring-trainings";
import { upcomingWorkshops } from "@/lib/programs/workshops";
import { tonightClinicUnaudited } from "@/lib/clinic/queries";
import type { ClinicSessionType, ReferralDomain } from "@/lib/generated/prisma/enums";

/** How many rows an item lists before "and N more" (the page behind the link has them all). */
export const HOME_LIST_LIMIT = 5;

export type TonightItem =
  | { open: false }
  | { open: true; date: string; counts: { visits: number; anonymous: number; newParticipants: number; present: number }; team: string[] };
export type FollowUpsItem = { total: number; rows: { id: string; participantId: string; alias: string; code: string; domain: ReferralDomain; followUpOn: string }[] };
export type LowStockItem = { total: number; rows: { id: string; nameFr: string; nameEn: string; unitFr: string; unitEn: string; onHand: number; threshold: number }[] };
export type OverdueVenuesItem = { total: number; rows: { id: string; name: string; area: string; daysSince: number | null }[] };
export type TrainingsItem = { total: number; rows: ExpiringTraining[] };
export type NextWorkshopItem = { id: string; titleFr: string; titleEn: string; date: string; startTime: string } | null;
/** Health data: built for `clinic:read` only, never a count for anyone else. */
export type ClinicItem = { nightOpen: boolean; sessions: { id: string; type: ClinicSessionType; encounters: number }[]; due: { total: number; rows: { id: string; alias: string; code: string }[] } };

export type ShiftSummary = {
  today: string;
  tonight?: TonightItem;
  followUps?: FollowUpsItem;
  lowStock?: LowStockItem;
  overdueVenues?: OverdueVenuesItem;
  trainings?: TrainingsItem;
  nextWorkshop?: NextWorkshopItem;
  clinic?: ClinicItem;
};

export type HomeItemKey = Exclude<keyof ShiftSummary, "today">;

/** Each item, the permission of the page it links to, and that page. */
export const HOME_ITEMS: Record<HomeItemKey, { permission: Permission; href: string }> = {
  tonight: { permission: "visits:record", href: "/tonight" },
  followUps: { permission: "referrals:read", href: "/referrals" },
  lowStock: { permission: "stock:read", href: "/stock?low=1" },
  overdueVenues: { permission: "programs:read", href: "/outreach" },
  trainings: { permission: "programs:read", href: "/volunteers" },
  nextWorkshop: { permission: "workshops:read", href: "/workshops" },
  clinic: { permission: "clinic:read", href: "/clinic" },
};

const first = <T>(rows: T[]) => ({ total: rows.length, rows: rows.slice(0, HOME_LIST_LIMIT) });

async function tonightItem(session: SessionUser): Promise<TonightItem> {
  const { night } = await tonight(session);
  if (!night) return { open: false };
  return { open: true, date: night.date, counts: await nightCountsOf(session, night.id), team: night.staff.map((member) => member.displayName) };
}

async function followUpsItem(session: SessionUser, today: string): Promise<FollowUpsItem> {
  const rows = await followUpsDueUnaudited(session, { today, mine: true });
  return first(rows.map((row) => ({ id: row.id, participantId: row.participant.id, alias: row.participant.alias, code: row.participant.code, domain: row.domain, followUpOn: row.followUpOn ?? today })));
}

async function lowStockItem(session: SessionUser): Promise<LowStockItem> {
  const rows = (await stockOverview(session)).filter((row) => row.low).sort((a, b) => a.onHand / Math.max(1, a.lowStockThreshold) - b.onHand / Math.max(1, b.lowStockThreshold));
  return first(rows.map((row) => ({ id: row.id, nameFr: row.nameFr, nameEn: row.nameEn, unitFr: row.unitFr, unitEn: row.unitEn, onHand: row.onHand, threshold: row.lowStockThreshold })));
}

async function overdueVenuesItem(session: SessionUser, today: string): Promise<OverdueVenuesItem> {
  // The board sorts the most overdue first.
  const { venues } = await coverageBoard(session, today);
  return first(venues.filter((venue) => venue.overdue).map((venue) => ({ id: venue.id, name: venue.name, area: venue.area, daysSince: venue.daysSince })));
}

async function nextWorkshopItem(session: SessionUser, today: string): Promise<NextWorkshopItem> {
  const [next] = await upcomingWorkshops(session, today, 1);
  return next ? { id: next.id, titleFr: next.titleFr, titleEn: next.titleEn, date: next.date, startTime: next.startTime } : null;
}

async function clinicItem(session: SessionUser, today: string): Promise<ClinicItem> {
  const clinic = await tonightClinicUnaudited(session, today);
  return {
    nightOpen: clinic.nightId !== null,
    sessions: clinic.sessions.map((row) => ({ id: row.id, type: row.type, encounters: row.encounters })),
    // Who, never what: the reason stays on the clinic page, one click away.
    due: first(clinic.people.map((person) => ({ id: person.id, alias: person.alias, code: person.code }))),
  };
}

/** Only when the role may open the item's page; otherwise the query is never run. */
function gated<T>(session: SessionUser, key: HomeItemKey, load: () => Promise<T>): Promise<T | undefined> {
  return can(session.role, HOME_ITEMS[key].permission) ? load() : Promise.resolve(undefined);
}

export async function shiftSummary(session: SessionUser, today = centreToday()): Promise<ShiftSummary> {
  const [tonightNow, followUps, lowStock, overdueVenues, trainings, nextWorkshop, clinic] = await Promise.all([
    gated(session, "tonight", () => tonightItem(session)),
    gated(session, "followUps", () => followUpsItem(session, today)),
    gated(session, "lowStock", () => lowStockItem(session)),
    gated(session, "overdueVenues", () => overdueVenuesItem(session, today)),
    gated(session, "trainings", async () => first(await expiringTrainings(session, today))),
    gated(session, "nextWorkshop", () => nextWorkshopItem(session, today)),
    gated(session, "clinic", () => clinicItem(session, today)),
  ]);
  const summary: ShiftSummary = { today };
  // Only the keys a role may see exist at all (not even as undefined): the tests compare key sets.
  if (tonightNow !== undefined) summary.tonight = tonightNow;
  if (followUps !== undefined) summary.followUps = followUps;
  if (lowStock !== undefined) summary.lowStock = lowStock;
  if (overdueVenues !== undefined) summary.overdueVenues = overdueVenues;
  if (trainings !== undefined) summary.trainings = trainings;
  if (nextWorkshop !== undefined) summary.nextWorkshop = nextWorkshop;
  if (clinic !== undefined) summary.clinic = clinic;
  const shown = Object.keys(summary).filter((key) => key !== "today").sort().join(",");
  await recordAudit(prisma, { actorId: session.userId, actorRole: session.role, action: "home.read", outcome: "SUCCESS", detail: shown });
  return summary;
}
