// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// Shared by the stock forms and their server actions.
import { z } from "zod";
import { blankToNull, isoDay, text } from "@/lib/validation/fields";

const id = z.uuid({ error: "errors.notFound" });

/** A whole number of units, at least one: no zero, negative or fractional quantities. */
export const quantitySchema = z.coerce
  .number({ error: "validation.quantity" })
  .int({ error: "validation.quantity" })
  .min(1, { error: "validation.quantity" })
  .max(100_000, { error: "validation.quantity" });

/** "12,50" or "12.50" dollars → 1250 cents. */
export const moneySchema = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().replace(",", ".") : value),
  z.coerce
    .number({ error: "validation.money" })
    .min(0, { error: "validation.money" })
    .max(1_000_000, { error: "validation.money" })
    .transform((dollars) => Math.round(dollars * 100)),
);

const sizeSchema = z.preprocess((value) => (value === null || value === undefined ? "" : value), text(10));

export const receiveSchema = z
  .object({
    itemId: id,
    size: sizeSchema,
    quantity: quantitySchema,
    source: z.enum(["PURCHASED", "DONATED"], { error: "validation.choice" }),
    /** Total paid for a purchase, or total value of a donation, in dollars. */
    value: z.preprocess(blankToNull, moneySchema.nullable()),
    donor: z.preprocess(blankToNull, text(120).nullable()),
    receivedOn: isoDay,
  })
  .refine((value) => value.source === "DONATED" || value.value !== null, { error: "validation.purchaseCost", path: ["value"] });

export const DISCARD_REASONS = ["EXPIRED", "DAMAGED", "LOST", "OTHER"] as const;
export const discardSchema = z.object({
  itemId: id,
  size: sizeSchema,
  quantity: quantitySchema,
  reason: z.enum(DISCARD_REASONS, { error: "validation.choice" }),
  note: z.preprocess(blankToNull, text(200).nullable()),
});

export const countSchema = z.object({
  lines: z
    .array(
      z.object({
        itemId: id,
        size: sizeSchema,
        counted: z.coerce
          .number({ error: "validation.count" })
          .int({ error: "validation.count" })
          .min(0, { error: "validation.count" })
          .max(1_000_000, { error: "validation.count" }),
      }),
    )
    .min(1, { error: "validation.countEmpty" })
    .max(2000),
});

export const limitSchema = z.object({
  itemId: id,
  maxQuantity: quantitySchema,
  periodDays: z.coerce.number({ error: "validation.periodDays" }).int({ error: "validation.periodDays" }).min(1, { error: "validation.periodDays" }).max(365, { error: "validation.periodDays" }),
});
export const removeLimitSchema = z.object({ itemId: id });

export const ITEM_CATEGORIES = ["CLOTHING", "HYGIENE", "HARM_REDUCTION", "FOOD", "OTHER"] as const;
export const itemSchema = z.object({
  itemId: z.preprocess(blankToNull, id.nullable()),
  category: z.enum(ITEM_CATEGORIES, { error: "validation.choice" }),
  nameFr: text(80).min(1, { error: "validation.required" }),
  nameEn: text(80).min(1, { error: "validation.required" }),
  unitFr: text(20).min(1, { error: "validation.required" }),
  unitEn: text(20).min(1, { error: "validation.required" }),
  /** Comma-separated sizes, e.g. "S, M, L". */
  sizes: z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").map((size) => size.trim()).filter(Boolean) : value),
    z.array(text(10).min(1)).max(12, { error: "validation.tooLong" }),
  ),
  lowStockThreshold: z.coerce.number({ error: "validation.count" }).int({ error: "validation.count" }).min(0, { error: "validation.count" }).max(1_000_000),
  unitCost: z.preprocess(blankToNull, moneySchema.nullable()),
  donatedValue: z.preprocess(blankToNull, moneySchema.nullable()),
  active: z.coerce.boolean(),
});
