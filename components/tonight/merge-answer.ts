// Client-safe: tonight's screen merges a desk action's answer into what it shows.
import type { TonightAnswer, TonightState } from "@/lib/visits/tonight-state";

/**
 * The visit the action changed replaces its row, or comes first when it is new (the list is
 * newest first); the counts are the night's own; the shelf is replaced when items moved.
 */
export function mergeAnswer(state: TonightState, answer: TonightAnswer): TonightState {
  const { visit } = answer;
  let visits = state.board.visits;
  if (visit) {
    visits = visits.some((row) => row.id === visit.id) ? visits.map((row) => (row.id === visit.id ? visit : row)) : [visit, ...visits];
  } else if (answer.visitId) {
    visits = visits.filter((row) => row.id !== answer.visitId);
  }
  // Answers arrive in any order: the counts and the shelf are the most recently read ones.
  const newer = answer.readAt >= state.readAt;
  // Answers do not resend the kits: the site's kits stay as the page loaded them.
  return {
    ...state,
    nightId: answer.nightId,
    board: { visits, counts: newer ? answer.counts : state.board.counts },
    catalogue: newer && answer.catalogue ? answer.catalogue : state.catalogue,
    readAt: Math.max(state.readAt, answer.readAt),
  };
}

/**
 * A new server render replaces the screen's state, then gets back the answers it may not hold:
 * those read after it was (a render started before a check-in can arrive after its answer).
 */
export function rebase(render: TonightState, answers: readonly TonightAnswer[]): TonightState {
  return answers.filter((answer) => answer.readAt > render.readAt && answer.nightId === render.nightId).reduce(mergeAnswer, render);
}

/** Another desk added a visit this screen does not list: time to fetch the whole list again. */
export function missesVisits(state: TonightState, answer: TonightAnswer): boolean {
  const shown = new Set(state.board.visits.map((row) => row.id));
  return answer.visitIds.some((id) => !shown.has(id) && id !== answer.visit?.id);
}
