// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
import { z } from "zod";
import { blankToNull, isoDay, multilineText, optionalMultilineText } from "@/lib/validation/fields";

export const INCIDENT_RISKS = ["UNDER_ASSESSMENT", "NO_SERIOUS_RISK", "SERIOUS_RISK"] as const;

const fields = {
  occurredOn: isoDay,
  discoveredOn: isoDay,
  description: multilineText(2000).min(3, { error: "validation.required" }),
  dataInvolved: multilineText(1000).min(3, { error: "validation.required" }),
  peopleAffected: z.coerce
    .number({ error: "validation.peopleAffected" })
    .int({ error: "validation.peopleAffected" })
    .min(0, { error: "validation.peopleAffected" })
    .max(1_000_000, { error: "validation.peopleAffected" }),
  risk: z.enum(INCIDENT_RISKS, { error: "validation.choice" }),
  riskAssessment: optionalMultilineText(2000),
  commissionNotifiedOn: z.preprocess(blankToNull, isoDay.nullable()),
  peopleNotifiedOn: z.preprocess(blankToNull, isoDay.nullable()),
  notificationsNote: optionalMultilineText(1000),
  measures: optionalMultilineText(2000),
};

type Dates = { occurredOn: string; discoveredOn: string; commissionNotifiedOn: string | null; peopleNotifiedOn: string | null };
const datesInOrder = <T extends z.ZodType<Dates>>(schema: T) =>
  schema
    .refine((value) => value.discoveredOn >= value.occurredOn, { error: "validation.discoveredBeforeOccurred", path: ["discoveredOn"] })
    .refine((value) => !value.commissionNotifiedOn || value.commissionNotifiedOn >= value.discoveredOn, { error: "validation.notifiedBeforeDiscovered", path: ["commissionNotifiedOn"] })
    .refine((value) => !value.peopleNotifiedOn || value.peopleNotifiedOn >= value.discoveredOn, { error: "validation.notifiedBeforeDiscovered", path: ["peopleNotifiedOn"] });

export const newIncidentSchema = datesInOrder(z.object(fields));
export const updateIncidentSchema = datesInOrder(z.object({ incidentId: z.uuid({ error: "errors.notFound" }), ...fields }));
