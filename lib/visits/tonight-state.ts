import "server-only";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { tonight } from "@/lib/nights/queries";
import { centreToday } from "@/lib/nights/today";
import { activeCatalogue, nightBoard, type Board, type CatalogueEntry } from "@/lib/visits/queries";

/** What tonight's list shows: the visits, the counts, and what is left on the shelf. */
export type TonightState = { nightId: string | null; board: Board; catalogue: CatalogueEntry[] };

const EMPTY_BOARD: Board = { visits: [], counts: { visits: 0, anonymous: 0, newParticipants: 0, present: 0 } };

/**
 * Tonight's list as the person who just acted sees it, for the answer of a front-desk action:
 * two queries instead of rendering the whole page again. A night closed meanwhile answers an
 * empty list with no night, and the screen says so.
 */
export async function tonightState(session: SessionUser): Promise<TonightState> {
  const { night } = await tonight(session);
  if (!night) return { nightId: null, board: EMPTY_BOARD, catalogue: [] };
  const [board, catalogue] = await Promise.all([nightBoard(session, night.id, centreToday()), activeCatalogue(session)]);
  return { nightId: night.id, board, catalogue };
}
