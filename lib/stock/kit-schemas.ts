import "server-only";
// Shared by the kit forms, the desk's kit buttons and their server actions (no server-only code).
import { z } from "zod";
import { blankToNull, text } from "@/lib/validation/fields";
import { SERVICE_KINDS } from "@/lib/visits/service-kinds";

const id = z.uuid({ error: "errors.notFound" });

/** One item of a kit: typed once here, so the desk never repeats a tap to give three. */
export const kitLineSchema = z.object({
  itemId: id,
  size: z.preprocess((value) => (value === null || value === undefined ? "" : value), text(10)),
  quantity: z.coerce
    .number({ error: "validation.quantity" })
    .int({ error: "validation.quantity" })
    .min(1, { error: "validation.quantity" })
    .max(100, { error: "validation.quantity" }),
});

export const kitSchema = z
  .object({
    kitId: z.preprocess(blankToNull, id.nullable()),
    nameFr: text(80).min(1, { error: "validation.required" }),
    nameEn: text(80).min(1, { error: "validation.required" }),
    services: z.array(z.enum(SERVICE_KINDS, { error: "validation.choice" })).max(SERVICE_KINDS.length),
    items: z.array(kitLineSchema).max(12, { error: "validation.kitTooManyItems" }),
  })
  // A kit that records nothing is a mistake, not a kit.
  .refine((kit) => kit.services.length > 0 || kit.items.length > 0, { error: "validation.kitEmpty", path: ["items"] })
  // The same item and size twice would be two lines for one quantity: say so rather than guess.
  .refine((kit) => new Set(kit.items.map((line) => `${line.itemId}|${line.size}`)).size === kit.items.length, {
    error: "validation.kitDuplicateItem",
    path: ["items"],
  });

export const kitActiveSchema = z.object({ kitId: id, active: z.boolean() });

/** One tap on a visit: the kit, and a reason only when a per-person limit is passed on purpose. */
export const applyKitSchema = z.object({
  visitId: id,
  kitId: id,
  overrideReason: z.preprocess(
    (value) => (value === "" ? null : value),
    text(200).min(3, { error: "validation.overrideReason" }).nullable().optional(),
  ),
});
