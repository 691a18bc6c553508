import "server-only";
import type { Tx } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { endSessionsOfUser } from "@/lib/auth/staff-sessions";
import type { Role } from "@/lib/auth/roles";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { NewUserInput } from "@/lib/users/schemas";
import { recordHealthAccess, type Actor } from "@/lib/users/health-access";

// Commands run inside the action wrapper's transaction; the wrapper writes the audit row.

export async function createStaffAccount(tx: Tx, actor: Actor, input: NewUserInput): Promise<string> {
  const taken = await tx.user.findUnique({ where: { username: input.username }, select: { id: true } });
  if (taken) throw new DomainError("errors.usernameTaken", { username: "errors.usernameTaken" });
  const user = await tx.user.create({
    data: {
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      passwordHash: await hashPassword(input.password),
    },
    select: { id: true },
  });
  if (input.role === "HEALTH") await recordHealthAccess(tx, actor, user.id, "created");
  return user.id;
}

export async function changeRole(tx: Tx, actor: Actor, userId: string, role: Role): Promise<void> {
  const user = await existing(tx, userId);
  if (user.role === "COORDINATOR" && role !== "COORDINATOR") await keepOneCoordinator(tx, userId);
  await tx.user.update({ where: { id: userId }, data: { role } });
  if (role === "HEALTH" && user.role !== "HEALTH") await recordHealthAccess(tx, actor, userId, "role-changed");
}

export async function setDisabled(tx: Tx, actor: Actor, userId: string, disabled: boolean, now: Date): Promise<void> {
  const user = await existing(tx, userId);
  if (disabled && user.role === "COORDINATOR") await keepOneCoordinator(tx, userId);
  await tx.user.update({ where: { id: userId }, data: { disabled } });
  if (disabled) await endSessionsOfUser(tx, userId, now);
  if (!disabled && user.disabled && user.role === "HEALTH") await recordHealthAccess(tx, actor, userId, "re-enabled");
}

/**
 * A one-time password: the person must choose their own at the next sign-in (mustChangePassword),
 * so the coordinator who typed it cannot keep using it unseen. Resetting a health worker's password
 * is also shown to the health team, since it lets the coordinator sign in as them.
 */
export async function resetPassword(tx: Tx, actor: Actor, userId: string, password: string, now: Date): Promise<void> {
  const user = await existing(tx, userId);
  await tx.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(password), mustChangePassword: true } });
  await endSessionsOfUser(tx, userId, now);
  if (user.role === "HEALTH") await recordHealthAccess(tx, actor, userId, "password-reset");
}

export async function setOwnLocale(tx: Tx, userId: string, locale: "fr" | "en"): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { locale } });
}

async function existing(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, disabled: true } });
  if (!user) throw new NotFoundError();
  return user;
}

/** A centre with no active coordinator could no longer manage its own accounts. */
async function keepOneCoordinator(tx: Tx, leavingUserId: string): Promise<void> {
  const others = await tx.user.count({
    where: { role: "COORDINATOR", disabled: false, id: { not: leavingUserId } },
  });
  if (others === 0) throw new DomainError("errors.lastCoordinator");
}
