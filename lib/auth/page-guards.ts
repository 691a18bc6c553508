import "server-only";
import { forbidden, redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { can, type Permission } from "@/lib/auth/permissions";
import { getSession, type SessionUser } from "@/lib/auth/session";

// Pages only redirect; the lib/ queries they call check the permission again.
export async function requirePageSession(): Promise<SessionUser> {
  const session = await getSession();
  if (!session) redirect("/sign-in");
  // A reset password first: no page of the staff shell until its owner has chosen their own.
  if (session.mustChangePassword) redirect(NEW_PASSWORD_PAGE);
  return session;
}

export const NEW_PASSWORD_PAGE = "/sign-in/new-password";

export async function requirePagePermission(permission: Permission, page: string): Promise<SessionUser> {
  const session = await requirePageSession();
  if (!can(session.role, permission)) {
    await recordAudit(prisma, {
      actorId: session.userId,
      actorRole: session.role,
      action: `page.${page}`,
      outcome: "DENIED",
      detail: permission,
    });
    forbidden();
  }
  return session;
}
