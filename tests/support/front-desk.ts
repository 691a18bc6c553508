import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import { executeAction, type ActionDefinition } from "@/lib/actions/execute-action";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { translatorFor } from "@/tests/support/translator";

/** Runs an action definition exactly as a server action would, in English unless told. */
export function runAs<S extends z.ZodType, R>(
  prisma: PrismaClient,
  definition: ActionDefinition<S, R>,
  session: SessionUser | null,
  input: unknown,
  options: { locale?: "fr" | "en"; now?: Date } = {},
) {
  const locale = options.locale ?? "en";
  return executeAction(definition, { db: prisma, session, locale, t: translatorFor(locale), now: options.now }, input);
}

export const quickIntake = (alias: string, extra: Record<string, unknown> = {}) => ({
  alias,
  intake: { consentScope: "NEEDS_AND_NOTES", immediateNeeds: ["FOOD"], longTermNeeds: ["HOUSING"], housing: "SHELTER", note: "Needs winter boots" },
  ...extra,
});
