// Demo data for `npm start` on the embedded database and for `npm run db:seed`.
// Deterministic: the same input always gives the same centre. Each feature adds its part here.
import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { DEMO_SIGN_INS, type DemoSignIn } from "./demo-users.ts";
import { createStaffUser } from "./factories.ts";

export type SeedResult = { created: boolean; signIns: readonly DemoSignIn[] };

/** Seeds once: a database that already has users is left as it is. */
export async function seedDemoData(prisma: PrismaClient): Promise<SeedResult> {
  if ((await prisma.user.count()) > 0) return { created: false, signIns: DEMO_SIGN_INS };

  for (const demo of DEMO_SIGN_INS) {
    await createStaffUser(prisma, demo);
  }
  // A former volunteer whose account was disabled: the user list shows what that looks like.
  await createStaffUser(prisma, {
    username: "ancien-pair",
    displayName: "Sam (ancien pair)",
    role: "PEER",
    disabled: true,
    password: "demo-disabled-account-2026",
  });
  return { created: true, signIns: DEMO_SIGN_INS };
}
