// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// Shared by the coordinator's user forms, their server actions and `npm run create-user`.
// Messages are keys under "validation" in messages/*.json, translated where they are shown.
import { z } from "zod";
import { ROLES } from "../auth/roles.ts";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../auth/password-rules.ts";

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, { error: "validation.usernameLength" })
  .max(64, { error: "validation.usernameLength" })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, { error: "validation.usernameCharacters" });

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, { error: "validation.required" })
  .max(80, { error: "validation.tooLong" })
  .regex(/^[^\p{Cc}]*$/u, { error: "validation.controlCharacters" });

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: "validation.passwordLength" })
  .max(PASSWORD_MAX_LENGTH, { error: "validation.passwordLength" });

export const roleSchema = z.enum(ROLES, { error: "validation.role" });

export const newUserSchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  role: roleSchema,
  password: passwordSchema,
});
export type NewUserInput = z.infer<typeof newUserSchema>;

const userIdSchema = z.uuid({ error: "errors.notFound" });

export const changeRoleSchema = z.object({ userId: userIdSchema, role: roleSchema });
export const setDisabledSchema = z.object({ userId: userIdSchema, disabled: z.boolean() });
export const resetPasswordSchema = z.object({ userId: userIdSchema, password: passwordSchema });

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: "validation.required" }).max(200, { error: "validation.tooLong" }),
    newPassword: passwordSchema,
  })
  // A one-time password kept as is would stay known to the coordinator who typed it.
  .refine((input) => input.newPassword !== input.currentPassword, { error: "validation.passwordUnchanged", path: ["newPassword"] });
export type ChangeOwnPasswordInput = z.infer<typeof changeOwnPasswordSchema>;

export const localeSchema = z.object({ locale: z.enum(["fr", "en"], { error: "validation.locale" }) });
