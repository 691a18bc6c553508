import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";


// Never the password hash: the select fixes both the query and the DTO type.
const staffAccountSelect = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  locale: true,
  disabled: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

export type StaffAccount = Prisma.UserGetPayload<{ select: typeof staffAccountSelect }>;

export async function listStaffAccounts(session: SessionUser): Promise<StaffAccount[]> {
  requirePermission(session, "users:manage");
  return prisma.user.findMany({
    select: staffAccountSelect,
    orderBy: [{ disabled: "asc" }, { role: "asc" }, { username: "asc" }],
  });
}

export async function getStaffAccount(session: SessionUser, id: string): Promise<StaffAccount | null> {
  requirePermission(session, "users:manage");
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return prisma.user.findUnique({ where: { id }, select: staffAccountSelect });
}

export type ShiftCandidate = { id: string; displayName: string; role: StaffAccount["role"] };

/** Who can be put on tonight's shift: active accounts, names only. */
export async function shiftCandidates(session: SessionUser): Promise<ShiftCandidate[]> {
  requirePermission(session, "nights:manage");
  return prisma.user.findMany({
    where: { disabled: false, OR: [{ siteId: null }, ...(session.siteId ? [{ siteId: session.siteId }] : [])] },
    select: { id: true, displayName: true, role: true },
    orderBy: { displayName: "asc" },
  });
}
