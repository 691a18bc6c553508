// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// The four roles of docs/roles-and-privacy.md. Kept free of server-only imports: the navigation and the
// user-management forms need the list too.
export const ROLES = ["COORDINATOR", "STAFF", "HEALTH", "PEER"] as const;
export type Role = (typeof ROLES)[number];
