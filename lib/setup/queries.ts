import "server-only";
// What the pages need to know of the first run: one small read per page, no session required
// (the sign-in page shows the demo's public accounts; a database nobody set up sends to /welcome).
import { cache } from "react";
import { prisma } from "@/lib/db";
import { awaitsFirstRun, centreModeOf, type CentreMode } from "@/lib/setup/centre-mode";

export const centreMode = cache(async (): Promise<CentreMode | null> => centreModeOf(prisma));

export const isAwaitingFirstRun = cache(async (): Promise<boolean> => awaitsFirstRun(prisma));
