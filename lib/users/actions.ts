import "server-only";
import { z } from "zod";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import type { Actor } from "@/lib/users/health-access";
import {
  changeOwnPasswordSchema,
  changeRoleSchema,
  localeSchema,
  newUserSchema,
  resetPasswordSchema,
  setDisabledSchema,
} from "@/lib/users/schemas";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import {
  changeRole,
  createStaffAccount,
  resetPassword,
  setDisabled,
  setOwnLocale,
} from "@/lib/users/commands";

// Action definitions of the staff-accounts domain. app/**/actions.ts binds them to the request
// with defineAction; tests run them through executeAction against a real database.

export const createUserAction = {
  name: "users.create",
  entity: "User",
  permission: "users:manage",
  schema: newUserSchema,
  run: async ({ tx, session, input }) => {
    const id = await createStaffAccount(tx, actorOf(session), input);
    return { data: { id }, entityId: id, messageKey: "users.created" };
  },
} satisfies ActionDefinition<typeof newUserSchema, { id: string }>;

export const changeRoleAction = {
  name: "users.change-role",
  entity: "User",
  permission: "users:manage",
  schema: changeRoleSchema,
  run: async ({ tx, session, input }) => {
    await changeRole(tx, actorOf(session), input.userId, input.role);
    return { data: undefined, entityId: input.userId, messageKey: "users.saved" };
  },
} satisfies ActionDefinition<typeof changeRoleSchema, undefined>;

export const setDisabledAction = {
  name: "users.set-disabled",
  entity: "User",
  permission: "users:manage",
  schema: setDisabledSchema,
  run: async ({ tx, session, input, now }) => {
    await setDisabled(tx, actorOf(session), input.userId, input.disabled, now);
    return { data: undefined, entityId: input.userId, messageKey: input.disabled ? "users.disabledDone" : "users.enabledDone" };
  },
} satisfies ActionDefinition<typeof setDisabledSchema, undefined>;

export const resetPasswordAction = {
  name: "users.reset-password",
  entity: "User",
  permission: "users:manage",
  schema: resetPasswordSchema,
  run: async ({ tx, session, input, now }) => {
    await resetPassword(tx, actorOf(session), input.userId, input.password, now);
    return { data: undefined, entityId: input.userId, messageKey: "users.passwordReset" };
  },
} satisfies ActionDefinition<typeof resetPasswordSchema, undefined>;

/**
 * Throttled like a sign-in and ends the person's other sessions (change-own-password.ts). With
 * sign-out, the only action allowed while a reset password waits to be replaced (ALLOWED_BEFORE_NEW_PASSWORD).
 */
export const changeOwnPasswordAction = {
  name: "users.change-own-password",
  entity: "User",
  permission: "self:manage",
  schema: changeOwnPasswordSchema,
  statement: changeOwnPassword,
} satisfies ActionDefinition<typeof changeOwnPasswordSchema, undefined>;

export const setOwnLanguageAction = {
  name: "users.set-language",
  entity: "User",
  permission: "self:manage",
  schema: localeSchema,
  run: async ({ tx, session, input }) => {
    await setOwnLocale(tx, session.userId, input.locale);
    return { data: input.locale, entityId: session.userId };
  },
} satisfies ActionDefinition<typeof localeSchema, "fr" | "en">;

const actorOf = (session: SessionUser): Actor => ({ actorId: session.userId, actorRole: session.role });

const noInput = z.undefined();

/** Ends the server-side session first, so a copied cookie is worthless from that moment on. */
export const signOutAction = {
  name: "auth.sign-out",
  entity: "StaffSession",
  permission: "self:manage",
  schema: noInput,
  run: async ({ tx, session, now }) => {
    await tx.staffSession.updateMany({ where: { id: session.sessionId, endedAt: null }, data: { endedAt: now } });
    return { data: undefined, entityId: session.sessionId };
  },
} satisfies ActionDefinition<typeof noInput, undefined>;
