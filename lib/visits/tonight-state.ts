import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { tonight } from "@/lib/nights/queries";
import { centreToday } from "@/lib/nights/today";
import type { KitEntry } from "@/lib/stock/kit-types";
import { activeCatalogue, boardVisit, type Board, type BoardVisit, type CatalogueEntry } from "@/lib/visits/queries";

/** What tonight's list shows: the visits, the counts, what is left on the shelf, and the site's kits. */
export type TonightState = {
  nightId: string | null;
  board: Board;
  catalogue: CatalogueEntry[];
  kits: KitEntry[];
  /** When the server started reading (ms): orders a page render against the actions' answers. */
  readAt: number;
};

/**
 * What a desk action answers: the one visit it changed, as the list shows it, the night's
 * counts, and the shelf when items moved. The screen merges it into what it shows
 * (components/tonight/merge-answer.ts): one round trip, a few rows read, nothing re-rendered
 * on the server. `nightId` null: the night was closed meanwhile (the page must change).
 */
export type TonightAnswer = {
  /** When the server started reading it (ms); every change it reports was committed before. */
  readAt: number;
  nightId: string | null;
  visitId: string | null;
  visit: BoardVisit | null;
  counts: Board["counts"];
  /** Every visit of the night: one the screen does not show was added at another desk. */
  visitIds: string[];
  catalogue: CatalogueEntry[] | null;
};

const visitId = z.uuid();

/**
 * Taken before reading tonight's state: whatever the reads find was committed by then. Orders a
 * page render against the actions' answers on the screen (a clock for ordering, not the hour).
 */
export function readStamp(): number {
  return Date.now();
}

/**
 * The answer after an action on `changed` (a visit id, from the action's result or its input).
 * An id that is not a visit of tonight's night at the person's site answers no visit: the
 * answer never reads more than tonight's list already shows this person.
 */
export async function tonightAnswer(session: SessionUser, changed: unknown, options: { catalogue: boolean; openNightId?: string }): Promise<TonightAnswer> {
  // A check-in that just succeeded proves its night open: no need to look the night up again
  // (boardVisit still checks that the night is at the person's site).
  const readAt = readStamp();
  const night = options.openNightId ? { id: options.openNightId } : (await tonight(session)).night;
  if (!night) return { readAt, nightId: null, visitId: null, visit: null, counts: { visits: 0, anonymous: 0, newParticipants: 0, present: 0 }, visitIds: [], catalogue: null };
  const id = visitId.safeParse(changed);
  const [{ visit, counts, visitIds }, catalogue] = await Promise.all([
    boardVisit(session, night.id, id.success ? id.data : "00000000-0000-4000-8000-000000000000", centreToday()),
    options.catalogue ? activeCatalogue(session) : null,
  ]);
  return { readAt, nightId: night.id, visitId: id.success ? id.data : null, visit, counts, visitIds, catalogue };
}
