// The desk's retry (components/forms/send-until-answered.ts) rests on two facts of the action
// pipeline, checked here on a real database: an action whose database does not answer says so
// (reason `database-unavailable`, nothing written), and the same input sent again once it answers records once.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import { executeAction } from "@/lib/actions/execute-action";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { openNightAction } from "@/lib/nights/actions";
import { anonymousVisitAction } from "@/lib/visits/actions";
import { freshCentre } from "@/tests/support/sessions";
import { runAs } from "@/tests/support/front-desk";
import { translatorFor } from "@/tests/support/translator";

// 2026-11-26 19:30 in Montreal (UTC-5).
const evening = new Date("2026-11-27T00:30:00Z");
// Nothing listens on port 1: every connection is refused, as from a stopped server.
const away = createPrismaClient("postgresql://postgres@127.0.0.1:1/postgres", { max: 1 });

afterAll(() => away.$disconnect());

describe("a desk press the database did not answer", () => {
  let peer: SessionUser;
  let nightId: string;

  beforeEach(async () => {
    let staff: SessionUser;
    ({ staff, peer } = await freshCentre(prisma, { staff: "STAFF", peer: "PEER" }));
    const opened = await runAs(prisma, openNightAction, staff, {}, { now: evening });
    if (!opened.ok) throw new Error(opened.error);
    nightId = opened.data.nightId;
  });

  it("answers `database-unavailable` in the person's language, then, sent again the same, counts the visitor once", async () => {
    const input = { nightId, submissionId: randomUUID() };
    // The failure is logged (with a reference, "database": "down"), as the server logs it.
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const down = await executeAction(anonymousVisitAction, { db: away, session: peer, locale: "fr", t: translatorFor("fr"), now: evening }, input);
    expect(down).toEqual({ ok: false, error: "La base de données ne répond pas : rien n'a été enregistré. Réessayez dans un instant.", fieldErrors: {}, reason: "database-unavailable" });
    expect(logged.mock.calls.map((call) => JSON.parse(String(call[0])) as Record<string, unknown>)).toEqual([expect.objectContaining({ event: "action.failed", action: "visits.anonymous", database: "down" })]);
    logged.mockRestore();
    expect(await prisma.visit.count()).toBe(0);

    // Back: the retry is the same input; a copy of it (the first answer lost on the way) too.
    const saved = await runAs(prisma, anonymousVisitAction, peer, input, { now: evening });
    expect(saved).toMatchObject({ ok: true, message: "Anonymous visit counted." });
    expect(await runAs(prisma, anonymousVisitAction, peer, input, { now: evening })).toEqual(saved);
    expect(await prisma.visit.count({ where: { nightId } })).toBe(1);
    // A second press is a second visitor: its own submission id.
    expect(await runAs(prisma, anonymousVisitAction, peer, { nightId, submissionId: randomUUID() }, { now: evening })).toMatchObject({ ok: true });
    expect(await prisma.visit.count({ where: { nightId } })).toBe(2);
  });

  it("never marks a refusal as unavailable: it is shown, not sent again", async () => {
    const closedNight = await prisma.night.update({ where: { id: nightId }, data: { closedAt: evening, openSiteId: null }, select: { id: true } });
    const refused = await runAs(prisma, anonymousVisitAction, peer, { nightId: closedNight.id, submissionId: randomUUID() }, { now: evening });
    expect(refused).toEqual({ ok: false, error: "This night is closed.", fieldErrors: {}, reason: "refused" });
  });
});
