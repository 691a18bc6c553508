import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/auth/roles";
import { openStaffSession, resolveStaffSession, type SessionUser } from "@/lib/auth/staff-sessions";
import { createStaffUser } from "@/prisma/seed/factories";
import { resetDatabase } from "@/tests/support/reset-database";

/** A signed-in person of the given role, exactly as lib/auth/session.ts would resolve them. */
export async function signedIn(prisma: PrismaClient, role: Role, username = role.toLowerCase()): Promise<SessionUser> {
  const user = await createStaffUser(prisma, { username, role, password: "a long enough password" });
  const session = await resolveStaffSession(await openStaffSession(user.id));
  if (!session) throw new Error("the new session did not resolve");
  return session;
}

/** Who a test file signs in: a role, or a role and a username when two people share a role. */
export type Person = Role | readonly [Role, string];

/**
 * An empty centre (resetDatabase) with one signed-in person per name, in the order given:
 * `({ staff, peer } = await freshCentre(prisma, { staff: "STAFF", peer: "PEER" }))`.
 */
export async function freshCentre<K extends string>(prisma: PrismaClient, people: Record<K, Person>): Promise<Record<K, SessionUser>> {
  await resetDatabase(prisma);
  const sessions = {} as Record<K, SessionUser>;
  for (const [name, person] of Object.entries(people) as [K, Person][]) {
    sessions[name] = typeof person === "string" ? await signedIn(prisma, person) : await signedIn(prisma, person[0], person[1]);
  }
  return sessions;
}
