import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { openNightAction } from "@/lib/nights/actions";
import { createParticipantAction, mergeParticipantsAction, addRestrictionAction } from "@/lib/participants/actions";
import { checkInByCodeAction } from "@/lib/visits/check-in-by-code";
import { participantCard } from "@/lib/participants/card";
import { generateCode, isValidCode } from "@/lib/participants/code";
import { formatCode } from "@/lib/participants/code-format";
import { searchParticipants } from "@/lib/participants/queries";
import { AccessDeniedError } from "@/lib/errors";
import { freshCentre, signedIn } from "@/tests/support/sessions";
import { quickIntake, runAs } from "@/tests/support/front-desk";

// 2026-11-26 19:30 in Montreal (UTC-5).
const evening = new Date("2026-11-27T00:30:00Z");
const TODAY = "2026-11-26";

describe("a card at the desk", () => {
  let staff: SessionUser, peer: SessionUser;
  let nightId: string;

  const newParticipant = async (alias: string) => {
    const result = await runAs(prisma, createParticipantAction, staff, quickIntake(alias), { now: evening });
    if (!result.ok) throw new Error(result.error);
    return result.data;
  };
  const scan = (session: SessionUser, code: string, locale: "fr" | "en" = "en") =>
    runAs(prisma, checkInByCodeAction, session, { nightId, code }, { now: evening, locale });

  beforeEach(async () => {
    ({ staff, peer } = await freshCentre(prisma, { staff: "STAFF", peer: "PEER" }));
    const opened = await runAs(prisma, openNightAction, staff, {}, { now: evening });
    if (!opened.ok) throw new Error(opened.error);
    nightId = opened.data.nightId;
  });

  it("checks in the card's holder even when another person's alias is the same letters", async () => {
    const holder = await newParticipant("Tulipe");
    // Another person chose an alias that reads exactly as the holder's code.
    const lookalike = await newParticipant(holder.code.toLowerCase());
    const hits = await searchParticipants(peer, holder.code, { nightId, today: TODAY });
    expect(hits.map((hit) => hit.id).sort()).toEqual([holder.participantId, lookalike.participantId].sort());

    const result = await scan(peer, formatCode(holder.code).toLowerCase());
    expect(result).toMatchObject({ ok: true, message: "Visit recorded.", data: { alreadyIn: false, restricted: false, participant: { id: holder.participantId, alias: "Tulipe", code: holder.code } } });
    const visits = await prisma.visit.findMany({ where: { nightId }, select: { participantId: true } });
    expect(visits).toEqual([{ participantId: holder.participantId }]);
    // A second scan is the same visit.
    expect(await scan(peer, holder.code)).toMatchObject({ ok: true, data: { alreadyIn: true } });
    expect(await prisma.visit.count()).toBe(1);
  });

  it("checks nobody in for an unknown code or a wrong check character, and says so in the desk's language", async () => {
    const holder = await newParticipant("Tulipe");
    let unknown = generateCode();
    while (unknown === holder.code) unknown = generateCode();
    expect(await scan(peer, unknown)).toMatchObject({ ok: false, error: `No one has the code ${formatCode(unknown)}. Nobody was checked in: check the code, or search by alias.` });
    expect(await scan(peer, unknown, "fr")).toMatchObject({ ok: false, error: `Personne n'a le code ${formatCode(unknown)}. Aucune visite inscrite : vérifiez le code ou cherchez par surnom.` });

    const last = holder.code.at(-1)!;
    const misread = holder.code.slice(0, 5) + (last === "0" ? "1" : "0");
    expect(isValidCode(misread)).toBe(false);
    expect(await scan(peer, misread)).toMatchObject({ ok: false, error: `${misread} is not a valid code (its last character does not match). Nobody was checked in.` });
    expect(await scan(peer, "Tulipe")).toMatchObject({ ok: false });
    expect(await prisma.visit.count()).toBe(0);
    const audit = await prisma.auditEvent.findMany({ where: { action: "visits.check-in-code" }, select: { outcome: true, detail: true }, orderBy: { id: "asc" } });
    expect(audit).toEqual([
      { outcome: "FAILURE", detail: "card.unknownCode" },
      { outcome: "FAILURE", detail: "card.unknownCode" },
      { outcome: "FAILURE", detail: "card.badCheck" },
      { outcome: "FAILURE", detail: "card.badCheck" },
    ]);
  });

  it("finds the person by a merged record's card, tells of a restriction, and refuses the health team", async () => {
    const survivor = await newParticipant("Tulipe");
    const merged = await newParticipant("Tulipe R");
    expect((await runAs(prisma, mergeParticipantsAction, staff, { survivorId: survivor.participantId, mergedId: merged.participantId })).ok).toBe(true);
    expect((await runAs(prisma, addRestrictionAction, staff, { participantId: survivor.participantId, startsOn: TODAY, endsOn: "", reason: "Violence at the door" }, { now: evening })).ok).toBe(true);
    const result = await scan(peer, merged.code);
    expect(result).toMatchObject({ ok: true, data: { restricted: true, participant: { id: survivor.participantId, code: survivor.code } } });

    const health = await signedIn(prisma, "HEALTH");
    expect(await scan(health, survivor.code)).toMatchObject({ ok: false, error: "Your role does not allow this action or page. Nothing was changed." });
  });

  it("prints the same card every time, the alias only on request, each printing audited without the code", async () => {
    const holder = await newParticipant("Tulipe");
    const first = await participantCard(staff, holder.participantId, { withAlias: false });
    const again = await participantCard(staff, holder.participantId, { withAlias: true });
    expect(first).toMatchObject({ code: holder.code, alias: null });
    expect(again).toMatchObject({ code: holder.code, alias: "Tulipe", qrSvg: first!.qrSvg, barcodeSvg: first!.barcodeSvg });
    expect((await prisma.participant.findUniqueOrThrow({ where: { id: holder.participantId } })).code).toBe(holder.code);

    for (const refused of [peer, await signedIn(prisma, "HEALTH")]) {
      await expect(participantCard(refused, holder.participantId, { withAlias: false })).rejects.toThrow(AccessDeniedError);
    }
    const audit = await prisma.auditEvent.findMany({ where: { action: "participants.card" }, select: { outcome: true, detail: true, entityId: true, actorRole: true }, orderBy: { id: "asc" } });
    expect(audit).toEqual([
      { outcome: "SUCCESS", detail: null, entityId: holder.participantId, actorRole: "STAFF" },
      { outcome: "SUCCESS", detail: "with-alias", entityId: holder.participantId, actorRole: "STAFF" },
      { outcome: "DENIED", detail: "participants:card", entityId: holder.participantId, actorRole: "PEER" },
      { outcome: "DENIED", detail: "participants:card", entityId: holder.participantId, actorRole: "HEALTH" },
    ]);
    for (const row of audit) expect(JSON.stringify(row)).not.toContain(holder.code);
  });
});
