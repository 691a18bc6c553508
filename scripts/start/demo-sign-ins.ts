// The banner lists only the demo accounts that still work: on a data directory used for a
// while, a coordinator may have disabled one or changed its password, and printing a
// sign-in that fails would send the next person down the wrong path.
import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import type { DemoSignIn } from "../../prisma/seed/demo-users.ts";
import { verifyPassword } from "../../lib/auth/password.ts";

export async function workingDemoSignIns(
  prisma: PrismaClient,
  demo: readonly DemoSignIn[],
): Promise<DemoSignIn[]> {
  const users = await prisma.user.findMany({
    where: { username: { in: demo.map((d) => d.username) }, disabled: false },
    select: { username: true, role: true, passwordHash: true },
  });
  const checked = await Promise.all(
    demo.map(async (d) => {
      const user = users.find((u) => u.username === d.username);
      if (!user || !(await verifyPassword(user.passwordHash, d.password))) return undefined;
      return { ...d, role: user.role };
    }),
  );
  return checked.filter((d): d is DemoSignIn => d !== undefined);
}
