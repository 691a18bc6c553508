// The same factories make the demo data and the test data, so tests exercise realistic rows.
import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { hashPassword } from "../../lib/auth/password.ts";
import type { Role } from "../../lib/auth/roles.ts";

export type StaffUserSpec = {
  username: string;
  displayName?: string;
  role: Role;
  password: string;
  disabled?: boolean;
  locale?: "fr" | "en";
};

export async function createStaffUser(prisma: PrismaClient, spec: StaffUserSpec) {
  return prisma.user.create({
    data: {
      username: spec.username,
      displayName: spec.displayName ?? spec.username,
      role: spec.role,
      disabled: spec.disabled ?? false,
      locale: spec.locale ?? "fr",
      passwordHash: await hashPassword(spec.password),
    },
    select: { id: true, username: true, role: true },
  });
}
