import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { attemptSignIn, SignInError } from "@/lib/auth/sign-in";
import { clientAddressOf } from "@/lib/auth/client-address";
import { endStaffSession, openStaffSession, SESSION_ABSOLUTE_MS } from "@/lib/auth/staff-sessions";
import { sessionCookieName, usesSecureCookies } from "@/lib/auth/session-cookie";
import { logError } from "@/lib/logging/logger";

/**
 * next-auth (v4) handles the credentials POST, its CSRF token and the encrypted cookie. The
 * token holds nothing but `sid`, the id of a StaffSession row; lib/auth/session.ts re-reads
 * that row and the user on every request, which is where idle time, absolute age, disabling
 * and role changes are enforced.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_ABSOLUTE_MS / 1000, updateAge: 0 },
    jwt: { maxAge: SESSION_ABSOLUTE_MS / 1000 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    useSecureCookies: usesSecureCookies(),
    cookies: {
      sessionToken: {
        name: sessionCookieName(),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: usesSecureCookies() },
      },
    },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { username: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, request) {
          try {
            const clientAddress = clientAddressOf(request.headers ?? {}, env().TRUST_PROXY === "1");
            const user = await attemptSignIn({ username: credentials?.username, password: credentials?.password }, { clientAddress });
            return { id: user.id };
          } catch (error) {
            // next-auth hands the message to the sign-in form as `error`: only our codes pass.
            if (error instanceof SignInError) throw new Error(error.code);
            logError("sign-in.failed", error);
            throw new Error("unavailable");
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          // A new sign-in: the cookie will name this server-side session and nothing else.
          return { sid: await openStaffSession(user.id) };
        }
        return token;
      },
      async session({ session }) {
        return { expires: session.expires };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endStaffSession(token.sid);
      },
    },
  };
}
