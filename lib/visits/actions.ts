import "server-only";
import { distributeToVisit } from "@/lib/stock/distribute-to-visit";
import { applyKit, type ApplyKitResult } from "@/lib/stock/apply-kit";
import { applyKitSchema } from "@/lib/stock/kit-schemas";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import {
  checkIn,
  checkOut,
  recordAnonymousVisit,
  removeDistribution,
  setService,
  type CheckInResult,
} from "@/lib/visits/commands";
import {
  anonymousVisitSchema,
  checkInSchema,
  checkOutSchema,
  distributionSchema,
  removeDistributionSchema,
  serviceSchema,
} from "@/lib/visits/schemas";

// A card's code at the desk (its own file: a lookup before the usual check-in). Listed here so
// that every visit action is found in this module, as the fuzzer finds them.
export { checkInByCodeAction } from "@/lib/visits/check-in-by-code";

export const checkInAction = {
  name: "visits.check-in",
  entity: "Visit",
  permission: "visits:record",
  schema: checkInSchema,
  run: async ({ tx, session, input, now }) => {
    const result = await checkIn(tx, session, input.nightId, input.participantId, now);
    return { data: result, entityId: result.visitId, messageKey: result.alreadyIn ? "tonight.alreadyIn" : "tonight.checkedIn" };
  },
} satisfies ActionDefinition<typeof checkInSchema, CheckInResult>;

// Idempotent: a headcount has nothing unique to hold a copy back, and the desk sends a press again
// when its connection dropped (components/forms/send-until-answered.ts).
export const anonymousVisitAction = {
  name: "visits.anonymous",
  idempotent: true,
  entity: "Visit",
  permission: "visits:record",
  schema: anonymousVisitSchema,
  run: async ({ tx, session, input, now }) => {
    const visitId = await recordAnonymousVisit(tx, session, input.nightId, now);
    return { data: { visitId }, entityId: visitId, messageKey: "tonight.anonymousCounted" };
  },
} satisfies ActionDefinition<typeof anonymousVisitSchema, { visitId: string }>;

export const checkOutAction = {
  name: "visits.check-out",
  entity: "Visit",
  permission: "visits:record",
  schema: checkOutSchema,
  run: async ({ tx, session, input, now }) => {
    await checkOut(tx, session, input.visitId, now);
    return { data: undefined, entityId: input.visitId };
  },
} satisfies ActionDefinition<typeof checkOutSchema, undefined>;

export const setServiceAction = {
  name: "visits.service",
  entity: "Visit",
  permission: "visits:record",
  schema: serviceSchema,
  run: async ({ tx, session, input, now }) => {
    await setService(tx, session, input.visitId, input.kind, input.given, now);
    return { data: undefined, entityId: input.visitId };
  },
} satisfies ActionDefinition<typeof serviceSchema, undefined>;

export const addDistributionAction = {
  name: "visits.distribution",
  idempotent: true,
  entity: "Visit",
  permission: "visits:record",
  schema: distributionSchema,
  statement: distributeToVisit,
} satisfies ActionDefinition<typeof distributionSchema, { distributionId: string }>;

/**
 * A kit in one tap: its services and items in one transaction (lib/stock/apply-kit.ts). The
 * form's submission id makes a retry or a double tap record the kit once.
 */
export const applyKitAction = {
  name: "visits.kit",
  idempotent: true,
  entity: "Visit",
  permission: "visits:record",
  schema: applyKitSchema,
  run: async ({ tx, session, input, now, locale }) => {
    const result = await applyKit(tx, session, input, now, locale);
    return { data: result, entityId: input.visitId, auditDetail: `services:${result.services} items:${result.distributionIds.length}` };
  },
} satisfies ActionDefinition<typeof applyKitSchema, ApplyKitResult>;

export const removeDistributionAction = {
  name: "visits.remove-distribution",
  entity: "Distribution",
  permission: "visits:record",
  schema: removeDistributionSchema,
  run: async ({ tx, session, input }) => {
    await removeDistribution(tx, session, input.distributionId);
    return { data: undefined, entityId: input.distributionId };
  },
} satisfies ActionDefinition<typeof removeDistributionSchema, undefined>;
