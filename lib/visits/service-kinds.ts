// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// Kept apart from schemas.ts so that client components listing the services do not pull zod
// into the check-in page's JavaScript.
export const SERVICE_KINDS = ["MEAL", "SNACK", "PHONE_COMPUTER", "SUPPORT_CONVERSATION", "CRISIS_INTERVENTION", "ACCOMPANIMENT"] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];
