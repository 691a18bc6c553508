import "server-only";
import { z } from "zod";
import { text } from "@/lib/validation/fields";

import { SERVICE_KINDS } from "./service-kinds.ts";

export { SERVICE_KINDS, type ServiceKind } from "./service-kinds.ts";

const id = z.uuid({ error: "errors.notFound" });

export const checkInSchema = z.object({ nightId: id, participantId: id });
export const anonymousVisitSchema = z.object({ nightId: id });
export const checkOutSchema = z.object({ visitId: id });
export const serviceSchema = z.object({ visitId: id, kind: z.enum(SERVICE_KINDS, { error: "validation.choice" }), given: z.boolean() });
export const distributionSchema = z.object({
  visitId: id,
  itemId: id,
  // text(): no control characters (a NUL reached PostgreSQL, which refuses it, as a 500; found by fuzzing).
  size: z.preprocess((value) => (value === "" ? null : value), text(10).nullable().optional()),
  quantity: z.coerce.number({ error: "validation.quantity" }).int({ error: "validation.quantity" }).min(1, { error: "validation.quantity" }).max(100, { error: "validation.quantity" }),
  /** Given only to pass a per-person limit on purpose. */
  overrideReason: z.preprocess(
    (value) => (value === "" ? null : value),
    text(200).min(3, { error: "validation.overrideReason" }).nullable().optional(),
  ),
});
export const removeDistributionSchema = z.object({ distributionId: id });
