import type { Role } from "../../lib/auth/roles.ts";

export type DemoSignIn = { username: string; password: string; role: Role; displayName: string };

// Demo accounts, one per role. Printed by `npm start` on the embedded database only; a
// production database never gets them unless someone runs `npm run db:seed` on purpose.
export const DEMO_SIGN_INS: readonly DemoSignIn[] = [
  { username: "coordo", password: "demo-coordo-2026", role: "COORDINATOR", displayName: "Maude (coordination)" },
  { username: "accueil", password: "demo-accueil-2026", role: "STAFF", displayName: "Karim (accueil)" },
  { username: "sante", password: "demo-sante-2026", role: "HEALTH", displayName: "Inès (unité mobile)" },
  { username: "pair", password: "demo-pair-2026", role: "PEER", displayName: "Jo (pair aidant)" },
];
