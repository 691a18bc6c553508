import "server-only";
// Environment validated with zod at start: a missing or malformed variable stops the app with
// one clear line per problem, never a stack trace deep inside a request.
import { z } from "zod";
import { testClockProblems } from "@/lib/test-clock-setting";

const schema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is missing: the PostgreSQL connection string (npm start sets it for the embedded database)." })
    .regex(/^postgres(ql)?:\/\//, { error: "DATABASE_URL must start with postgres:// or postgresql://." }),
  NEXTAUTH_SECRET: z
    .string({ error: "NEXTAUTH_SECRET is missing: a random string of at least 32 characters (openssl rand -base64 32)." })
    .min(32, { error: "NEXTAUTH_SECRET must be at least 32 characters long." }),
  NEXTAUTH_URL: z.url({ error: "NEXTAUTH_URL must be the app's public address, e.g. https://halte.example.org." }).optional(),
  CENTRE_TIME_ZONE: z
    .string()
    .default("America/Montreal")
    .refine(isTimeZone, { error: "CENTRE_TIME_ZONE must be an IANA time zone such as America/Montreal." }),
  /** Years without a visit after which the retention job anonymises a record (Law 25). */
  RETENTION_YEARS: z.coerce.number({ error: "RETENTION_YEARS must be a whole number of years from 1 to 50." }).int({ error: "RETENTION_YEARS must be a whole number of years from 1 to 50." }).min(1, { error: "RETENTION_YEARS must be a whole number of years from 1 to 50." }).max(50, { error: "RETENTION_YEARS must be a whole number of years from 1 to 50." }).default(7),
  /** 1 only behind a reverse proxy that appends the client's address to X-Forwarded-For: the
   * per-client sign-in limit then counts by that address, not by the proxy's (lib/auth/client-address.ts). */
  TRUST_PROXY: z.enum(["0", "1"], { error: "TRUST_PROXY must be 1 (behind a reverse proxy that sets X-Forwarded-For) or 0 (the default)." }).default("0"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Key of the hashes of licence plates and phone numbers in violence reports. Organisations that
   * agree to compare their lists set the same key; unset, one is derived from NEXTAUTH_SECRET. */
  AGGRESSOR_MATCH_KEY: z.string().min(32, { error: "AGGRESSOR_MATCH_KEY must be at least 32 characters long." }).optional(),
  /** Key of the random rounding of the figures that leave the centre (lib/reports/release/);
   * unset, one is derived from NEXTAUTH_SECRET. It must not change once figures were published. */
  RELEASE_ROUNDING_KEY: z.string().min(32, { error: "RELEASE_ROUNDING_KEY must be at least 32 characters long." }).optional(),
});

export type Env = z.infer<typeof schema>;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Halte cannot start, the environment is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  // The tests-only clock (lib/clock.ts) is checked here too, so a stray value stops the app at start.
  const clockProblems = testClockProblems(source);
  if (result.success && clockProblems.length === 0) return result.data;
  throw new EnvError([...(result.success ? [] : result.error.issues.map((issue) => issue.message)), ...clockProblems]);
}

// Whether the operator set the zone in the environment (it then wins over the set-up's choice),
// read before adoptCentreTimeZone can write it.
const zoneFromEnvironment = typeof process !== "undefined" && Boolean(process.env.CENTRE_TIME_ZONE?.trim());

let cached: Env | undefined;
/** Read lazily so that `next build` does not need the runtime secrets. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The operator fixed CENTRE_TIME_ZONE; the first run's form shows it and cannot change it. */
export function timeZoneFixedByOperator(): boolean {
  return zoneFromEnvironment;
}

/**
 * The zone the coordinator chose at set-up, for this running server (npm start passes the stored
 * choice, Setting "centre.timeZone", to every later start). The operator's CENTRE_TIME_ZONE wins.
 */
export function adoptCentreTimeZone(zone: string): void {
  if (zoneFromEnvironment) return;
  process.env.CENTRE_TIME_ZONE = zone;
  cached = undefined;
}
