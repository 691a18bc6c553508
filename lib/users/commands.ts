import "server-only";
import type { Tx } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { endSessionsOfUser } from "@/lib/auth/staff-sessions";
import type { Role } from "@/lib/auth/roles";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { NewUserInput } from "@/lib/users/schemas";

// Commands run inside the action wrapper's transaction; the wrapper writes the audit row.

export async function createStaffAccount(tx: Tx, input: NewUserInput): Promise<string> {
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
  return user.id;
}

export async function changeRole(tx: Tx, userId: string, role: Role): Promise<void> {
  const user = await existing(tx, userId);
  if (user.role === "COORDINATOR" && role !== "COORDINATOR") await keepOneCoordinator(tx, userId);
  await tx.user.update({ where: { id: userId }, data: { role } });
}

export async function setDisabled(tx: Tx, userId: string, disabled: boolean, now: Date): Promise<void> {
  const user = await existing(tx, userId);
  if (disabled && user.role === "COORDINATOR") await keepOneCoordinator(tx, userId);
  await tx.user.update({ where: { id: userId }, data: { disabled } });
  if (disabled) await endSessionsOfUser(tx, userId, now);
}

export async function resetPassword(tx: Tx, userId: string, password: string, now: Date): Promise<void> {
  await existing(tx, userId);
  await tx.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(password) } });
  await endSessionsOfUser(tx, userId, now);
}

export async function changeOwnPassword(
  tx: Tx,
  userId: string,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new DomainError("errors.wrongCurrentPassword", { currentPassword: "errors.wrongCurrentPassword" });
  }
  await tx.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(newPassword) } });
}

export async function setOwnLocale(tx: Tx, userId: string, locale: "fr" | "en"): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { locale } });
}

async function existing(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
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
