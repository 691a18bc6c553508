import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

// next-auth's own endpoints (csrf, credentials callback, sign-out). The credentials check,
// the lockout and the audit rows live in lib/auth/sign-in.ts.
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  // next-auth 4 types its App Router handler with its Pages Router request types.
  return NextAuth(request as never, { params: await context.params } as never, authOptions());
}

export { handler as GET, handler as POST };
