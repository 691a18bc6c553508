// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
import { z } from "zod";
import { multilineText } from "@/lib/validation/fields";

export const idSchema = z.uuid({ error: "errors.notFound" });

const optionalText = (max: number) => multilineText(max).transform((value) => (value === "" ? null : value));

export const freeText = optionalText;

export const openNightSchema = z.object({}).strict();
export const closeNightSchema = z.object({ nightId: idSchema, note: optionalText(2000).optional() });
export const shiftSchema = z.object({ nightId: idSchema, userId: idSchema });

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation.time" });
export const siteScheduleSchema = z.object({
  siteId: idSchema,
  openWeekdays: z
    .array(z.coerce.number().int().min(1).max(7), { error: "validation.weekdays" })
    .min(1, { error: "validation.weekdays" })
    .max(7)
    .transform((days) => [...new Set(days)].sort()),
  opensAt: time,
  closesAt: time,
});
