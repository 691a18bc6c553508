import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { decoyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-rules";
import { NO_CONTROL } from "@/lib/validation/fields";
import { filledTheWindow, reserveAttempt, settleSuccess } from "@/lib/auth/sign-in-throttle";
import type { Role } from "@/lib/auth/roles";
import { now as clockNow } from "@/lib/clock";

/**
 * The codes the sign-in form translates; deliberately the same for an unknown user and a wrong
 * password. "throttled": this client used up its failures (the username may be fine elsewhere).
 */
export type SignInFailure = "invalid" | "locked" | "throttled";

export class SignInError extends Error {
  constructor(readonly code: SignInFailure) {
    super(code);
    this.name = "SignInError";
  }
}

const credentialsSchema = z.object({
  // No control characters: PostgreSQL refuses a NUL in text, which would end as an error page.
  username: z.string().trim().toLowerCase().min(1).max(64).regex(NO_CONTROL),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export type SignedInUser = { id: string; role: Role };

/** argon2 verification, injectable so a test can count how many passwords were actually checked. */
export type PasswordVerifier = (hash: string, password: string) => Promise<boolean>;

export type SignInContext = {
  now?: Date;
  /** Grouped address (lib/auth/client-address.ts); null when unknown: the username limit only. */
  clientAddress?: string | null;
  verify?: PasswordVerifier;
};

export async function attemptSignIn(raw: unknown, context: SignInContext = {}): Promise<SignedInUser> {
  const now = context.now ?? clockNow();
  const verify = context.verify ?? verifyPassword;
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) {
    // A 10,000-character username ends here: nothing of it is stored, not even in the audit row.
    await recordAudit(prisma, { action: "auth.sign-in", outcome: "INVALID", detail: "malformed" });
    throw new SignInError("invalid");
  }
  const { username, password } = parsed.data;

  // Counted before the password is looked at: a burst gets at most 5 verifications.
  const reservation = await reserveAttempt(prisma, { username, clientAddress: context.clientAddress ?? null }, now);
  if (!reservation.ok) {
    const user = await prisma.user.findUnique({ where: { username }, select: { id: true, role: true } });
    await recordAudit(prisma, {
      actorId: user?.id,
      actorRole: user?.role,
      action: "auth.sign-in",
      entity: "User",
      entityId: user?.id,
      outcome: "DENIED",
      detail: reservation.refusedBy === "client" ? "client-limit" : "locked",
    });
    throw new SignInError(reservation.refusedBy === "client" ? "throttled" : "locked");
  }

  const user = await prisma.user.findUnique({
    where: { username },
    select: { id: true, role: true, disabled: true, passwordHash: true },
  });
  const passwordOk = await verify(user?.passwordHash ?? (await decoyPasswordHash()), password);

  if (!user || !passwordOk || user.disabled) {
    // The attempt is already counted; nothing to write but the audit row.
    await recordAudit(prisma, {
      actorId: user?.id,
      actorRole: user?.role,
      action: "auth.sign-in",
      entity: "User",
      entityId: user?.id,
      outcome: "FAILURE",
      detail: !user ? "unknown-user" : user.disabled && passwordOk ? "disabled" : filledTheWindow(reservation) ? "wrong-password-locked" : "wrong-password",
    });
    throw new SignInError("invalid");
  }

  await settleSuccess(prisma, reservation);
  await recordAudit(prisma, {
    actorId: user.id,
    actorRole: user.role,
    action: "auth.sign-in",
    entity: "User",
    entityId: user.id,
    outcome: "SUCCESS",
  });
  return { id: user.id, role: user.role };
}
