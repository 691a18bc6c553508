import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { resolveStaffSession, type SessionUser } from "@/lib/auth/staff-sessions";

export type { SessionUser };

/** Once per request (React cache): the cookie names a session; the database says if it still holds. */
export const getSession = cache(async (): Promise<SessionUser | null> => {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  let sid: unknown;
  try {
    sid = (await decode({ token: raw, secret: env().NEXTAUTH_SECRET }))?.sid;
  } catch {
    return null; // tampered, expired or signed with an older secret
  }
  if (typeof sid !== "string") return null;
  return resolveStaffSession(sid);
});
