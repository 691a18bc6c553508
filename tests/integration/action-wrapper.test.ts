import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { executeAction, type ActionDefinition } from "@/lib/actions/execute-action";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { DomainError } from "@/lib/errors";
import { createUserAction } from "@/lib/users/actions";
import { freshCentre } from "@/tests/support/sessions";
import { translatorFor } from "@/tests/support/translator";

function run<S extends z.ZodType, R>(definition: ActionDefinition<S, R>, session: SessionUser | null, input: unknown, locale: "fr" | "en" = "fr") {
  return executeAction(definition, { db: prisma, session, locale, t: translatorFor(locale) }, input);
}

const emptyInput = z.object({});
const newUser = { username: "nouvelle", displayName: "Nouvelle", role: "STAFF", password: "une phrase de passe" };

describe("the server-action wrapper", () => {
  let coordinator: SessionUser, peer: SessionUser;

  beforeEach(async () => {
    ({ coordinator, peer } = await freshCentre(prisma, { coordinator: "COORDINATOR", peer: "PEER" }));
  });

  it("runs the command and writes its audit row when everything holds", async () => {
    const result = await run(createUserAction, coordinator, newUser);
    expect(result).toMatchObject({ ok: true, message: "Compte créé." });
    const created = await prisma.user.findUniqueOrThrow({ where: { username: "nouvelle" } });
    const audit = await prisma.auditEvent.findMany({ where: { action: "users.create" } });
    expect(audit).toEqual([
      expect.objectContaining({ outcome: "SUCCESS", actorId: coordinator.userId, actorRole: "COORDINATOR", entityId: created.id }),
    ]);
  });

  it("refuses a post without a session: nothing written but its audit row", async () => {
    const result = await run(createUserAction, null, newUser, "en");
    expect(result).toEqual({ ok: false, reason: "unauthenticated", error: expect.stringContaining("Your session has ended"), fieldErrors: {} });
    expect(await prisma.user.count({ where: { username: "nouvelle" } })).toBe(0);
    expect(await prisma.auditEvent.findMany({ where: { action: "users.create" } })).toEqual([
      expect.objectContaining({ outcome: "DENIED", detail: "no-session", actorId: null }),
    ]);
  });

  it("refuses a role without the permission before looking at the input", async () => {
    const result = await run(createUserAction, peer, { garbage: true });
    expect(result).toMatchObject({ ok: false, reason: "forbidden", error: expect.stringContaining("Votre rôle ne permet pas"), fieldErrors: {} });
    expect(await prisma.user.count()).toBe(2);
    expect(await prisma.auditEvent.findMany({ where: { action: "users.create" } })).toEqual([
      expect.objectContaining({ outcome: "DENIED", actorId: peer.userId, detail: "users:manage" }),
    ]);
  });

  it("answers bad input field by field in the user's language and writes nothing", async () => {
    const bad = { username: "Pas Bon!", displayName: "", role: "ADMIN", password: "court" };
    const fr = await run(createUserAction, coordinator, bad, "fr");
    expect(fr).toMatchObject({
      ok: false,
      reason: "invalid",
      error: "Certains champs sont à corriger. Rien n'a été enregistré.",
      fieldErrors: {
        username: expect.stringContaining("Lettres minuscules"),
        displayName: "Ce champ est obligatoire.",
        role: "Choisissez un rôle de la liste.",
        password: "Le mot de passe compte de 10 à 200 caractères.",
      },
    });
    const en = await run(createUserAction, coordinator, { ...bad, role: 42, extra: "<script>" }, "en");
    expect(en).toMatchObject({ ok: false, fieldErrors: { role: "Choose a role from the list.", displayName: "This field is required." } });
    // Wrong types that the schema does not name get zod's own message, still in the user's language.
    const wrongType = await run(createUserAction, coordinator, "not an object", "fr");
    expect(wrongType.ok).toBe(false);
    expect(Object.values(wrongType.ok ? {} : wrongType.fieldErrors).join(" ")).toMatch(/attendu|entrée/i);
    expect(await prisma.user.count()).toBe(2);
    expect(await prisma.auditEvent.count({ where: { action: "users.create", outcome: "INVALID" } })).toBe(3);
  });

  it("turns a domain refusal into its message and rolls back everything the command wrote", async () => {
    const definition = {
      name: "test.partial-then-refuse",
      permission: "users:manage",
      schema: emptyInput,
      run: async ({ tx }) => {
        await tx.user.update({ where: { id: peer.userId }, data: { displayName: "changed" } });
        throw new DomainError("errors.lastCoordinator");
      },
    } satisfies ActionDefinition<typeof emptyInput, never>;
    const result = await run(definition, coordinator, {}, "en");
    expect(result).toMatchObject({ ok: false, reason: "refused", error: "At least one active coordinator account must remain." });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: peer.userId } })).displayName).toBe("peer");
    expect(await prisma.auditEvent.findMany({ where: { action: "test.partial-then-refuse" } })).toEqual([
      expect.objectContaining({ outcome: "FAILURE", detail: "errors.lastCoordinator" }),
    ]);
  });

  it("hides an unexpected failure behind a generic message with a reference, never the error", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const definition = {
      name: "test.explodes",
      permission: "users:manage",
      schema: emptyInput,
      run: async () => {
        throw new Error('relation "secret_table" does not exist at /srv/app/lib/x.ts:12');
      },
    } satisfies ActionDefinition<typeof emptyInput, never>;
    const result = await run(definition, coordinator, {}, "fr");
    expect(result).toMatchObject({ ok: false, reason: "unexpected" });
    const text = JSON.stringify(result);
    expect(text).toContain("Un problème inattendu est survenu");
    expect(text).not.toMatch(/secret_table|\/srv\/app|\.ts:/);
    const reference = /Référence : ([0-9a-f]{8})/.exec(text)?.[1];
    expect(reference).toBeDefined();
    // One JSON line (lib/logging/logger.ts): the reference and the error's name, not its message's path.
    const line = JSON.parse(String(logged.mock.calls.find((call) => String(call[0]).includes(reference!))?.[0])) as Record<string, unknown>;
    expect(line).toMatchObject({ level: "error", event: "action.failed", action: "test.explodes", reference, error: { name: "Error" } });
    expect(await prisma.auditEvent.findFirst({ where: { action: "test.explodes" } })).toMatchObject({ detail: `unexpected:${reference}` });
  });

  it("a single-statement command is checked like any other, and its success is audited even if its statement forgot", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    let ran = 0;
    const definition = {
      name: "test.statement",
      entity: "User",
      permission: "users:manage",
      schema: z.object({ name: z.string().min(1) }),
      statement: async ({ input }) => {
        ran++;
        return { written: true, outcome: { data: input.name, entityId: coordinator.userId }, claimed: false, audited: false };
      },
    } satisfies ActionDefinition<z.ZodObject<{ name: z.ZodString }>, string>;
    expect(await run(definition, peer, { name: "x" })).toMatchObject({ ok: false });
    expect(await run(definition, coordinator, { name: "" })).toMatchObject({ ok: false });
    expect(ran).toBe(0);
    expect(await run(definition, coordinator, { name: "x" })).toMatchObject({ ok: true, data: "x" });
    expect(await prisma.auditEvent.findMany({ where: { action: "test.statement" }, orderBy: { id: "asc" } })).toEqual([
      expect.objectContaining({ outcome: "DENIED", actorId: peer.userId }),
      expect.objectContaining({ outcome: "INVALID", detail: "invalid:name" }),
      expect.objectContaining({ outcome: "SUCCESS", entityId: coordinator.userId, detail: "audited-after" }),
    ]);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("wrote no audit row"));
  });
});
