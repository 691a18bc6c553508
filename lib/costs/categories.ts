// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// The expense categories of the centre's books (seed 000: rent, food, food transport,
// maintenance, health supplies, office supplies, other; honoraria paid to peer volunteers).
export const EXPENSE_CATEGORIES = [
  "RENT",
  "FOOD",
  "FOOD_TRANSPORT",
  "MAINTENANCE",
  "HEALTH_SUPPLIES",
  "OFFICE_SUPPLIES",
  "VOLUNTEER_HONORARIA",
  "OTHER",
] as const;

export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

/** How the dates of an accounting export are written: 2026-04-15, 15/04/2026 or 04/15/2026. */
export const DATE_FORMATS = ["YMD", "DMY", "MDY"] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];
