import { describe, expect, it } from "vitest";
import { mergeAnswer, missesVisits, rebase } from "@/components/tonight/merge-answer";
import type { TonightState } from "@/lib/visits/tonight-state";
import type { BoardVisit } from "@/lib/visits/queries";

const visit = (id: string, services: BoardVisit["services"] = []): BoardVisit => ({
  id,
  participant: { id: `p-${id}`, code: "K7M4QX", alias: id },
  firstVisit: false,
  checkedInAt: new Date("2026-11-26T23:00:00Z"),
  checkedOutAt: null,
  restricted: false,
  restrictionReason: null,
  followUpDue: false,
  clinicInvite: false,
  services,
  items: [],
});
const counts = (visits: number) => ({ visits, anonymous: 0, newParticipants: 0, present: visits });
const state: TonightState = { nightId: "n", board: { visits: [visit("b"), visit("a")], counts: counts(2) }, catalogue: [], kits: [], readAt: 100 };

describe("tonight's screen merges an action's answer", () => {
  it("puts a new visit first, with the night's counts", () => {
    const next = mergeAnswer(state, { readAt: 200, nightId: "n", visitId: "c", visit: visit("c"), counts: counts(3), visitIds: ["a", "b", "c"], catalogue: null });
    expect(next.board.visits.map((row) => row.id)).toEqual(["c", "b", "a"]);
    expect(next.board.counts.visits).toBe(3);
    expect(next.catalogue).toBe(state.catalogue);
    // The site's kits are not in the answer: they stay as the page loaded them.
    expect(next.kits).toBe(state.kits);
  });
  it("replaces a changed visit in place and keeps the others", () => {
    const next = mergeAnswer(state, { readAt: 200, nightId: "n", visitId: "a", visit: visit("a", ["MEAL"]), counts: counts(2), visitIds: ["a", "b"], catalogue: [] });
    expect(next.board.visits.map((row) => [row.id, row.services])).toEqual([["b", []], ["a", ["MEAL"]]]);
  });
  it("drops a visit the answer no longer finds, and a closed night says so", () => {
    expect(mergeAnswer(state, { readAt: 200, nightId: "n", visitId: "a", visit: null, counts: counts(1), visitIds: ["b"], catalogue: null }).board.visits.map((row) => row.id)).toEqual(["b"]);
    expect(mergeAnswer(state, { readAt: 200, nightId: null, visitId: null, visit: null, counts: counts(0), visitIds: [], catalogue: null }).nightId).toBeNull();
  });
  it("notices a visit another desk added", () => {
    expect(missesVisits(state, { readAt: 200, nightId: "n", visitId: "c", visit: visit("c"), counts: counts(3), visitIds: ["a", "b", "c"], catalogue: null })).toBe(false);
    expect(missesVisits(state, { readAt: 200, nightId: "n", visitId: "c", visit: visit("c"), counts: counts(4), visitIds: ["a", "b", "c", "d"], catalogue: null })).toBe(true);
  });
});

describe("answers and renders that arrive out of order", () => {
  const answer = (id: string, readAt: number, total: number) => ({ readAt, nightId: "n", visitId: id, visit: visit(id), counts: counts(total), visitIds: [], catalogue: null });
  it("keeps the most recently read counts when an older answer arrives last", () => {
    const next = mergeAnswer(mergeAnswer(state, answer("d", 300, 4)), answer("c", 200, 3));
    expect(next.board.visits.map((row) => row.id)).toEqual(["c", "d", "b", "a"]);
    expect(next.board.counts.visits).toBe(4);
    expect(next.readAt).toBe(300);
  });
  it("replays onto a render the check-ins read after it, not those it already holds", () => {
    const render = { ...state, board: { visits: [visit("c"), visit("b"), visit("a")], counts: counts(3) }, readAt: 250 };
    const next = rebase(render, [answer("c", 200, 3), answer("d", 300, 4)]);
    expect(next.board.visits.map((row) => row.id)).toEqual(["d", "c", "b", "a"]);
    expect(next.board.counts.visits).toBe(4);
  });
});
