import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/auth/roles";
import { openStaffSession, resolveStaffSession, type SessionUser } from "@/lib/auth/staff-sessions";
import { createStaffUser } from "@/prisma/seed/factories";

/** A signed-in person of the given role, exactly as lib/auth/session.ts would resolve them. */
export async function signedIn(prisma: PrismaClient, role: Role, username = role.toLowerCase()): Promise<SessionUser> {
  const user = await createStaffUser(prisma, { username, role, password: "a long enough password" });
  const session = await resolveStaffSession(await openStaffSession(user.id));
  if (!session) throw new Error("the new session did not resolve");
  return session;
}
