import { describe, expect, it } from "vitest";
import { mergeAnswer, missesVisits } from "@/components/tonight/merge-answer";
import type { TonightState } from "@/lib/visits/tonight-state";
import type { BoardVisit } from "@/lib/visits/queries";

const visit = (id: string, services: string[] = []): BoardVisit => ({
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
const state: TonightState = { nightId: "n", board: { visits: [visit("b"), visit("a")], counts: counts(2) }, catalogue: [], kits: [] };

describe("tonight's screen merges an action's answer", () => {
  it("puts a new visit first, with the night's counts", () => {
    const next = mergeAnswer(state, { nightId: "n", visitId: "c", visit: visit("c"), counts: counts(3), visitIds: ["a", "b", "c"], catalogue: null });
    expect(next.board.visits.map((row) => row.id)).toEqual(["c", "b", "a"]);
    expect(next.board.counts.visits).toBe(3);
    expect(next.catalogue).toBe(state.catalogue);
    // The site's kits are not in the answer: they stay as the page loaded them.
    expect(next.kits).toBe(state.kits);
  });
  it("replaces a changed visit in place and keeps the others", () => {
    const next = mergeAnswer(state, { nightId: "n", visitId: "a", visit: visit("a", ["MEAL"]), counts: counts(2), visitIds: ["a", "b"], catalogue: [] });
    expect(next.board.visits.map((row) => [row.id, row.services])).toEqual([["b", []], ["a", ["MEAL"]]]);
  });
  it("drops a visit the answer no longer finds, and a closed night says so", () => {
    expect(mergeAnswer(state, { nightId: "n", visitId: "a", visit: null, counts: counts(1), visitIds: ["b"], catalogue: null }).board.visits.map((row) => row.id)).toEqual(["b"]);
    expect(mergeAnswer(state, { nightId: null, visitId: null, visit: null, counts: counts(0), visitIds: [], catalogue: null }).nightId).toBeNull();
  });
  it("notices a visit another desk added", () => {
    expect(missesVisits(state, { nightId: "n", visitId: "c", visit: visit("c"), counts: counts(3), visitIds: ["a", "b", "c"], catalogue: null })).toBe(false);
    expect(missesVisits(state, { nightId: "n", visitId: "c", visit: visit("c"), counts: counts(4), visitIds: ["a", "b", "c", "d"], catalogue: null })).toBe(true);
  });
});
