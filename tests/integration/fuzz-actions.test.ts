// Fuzzing every server action. The actions are found, not listed: every
// export of every lib/**/actions.ts with the ActionDefinition shape (name, permission, schema,
// run), so the ones later features add are fuzzed too. Each runs as a role that has its
// permission, on a database with records to act on (an open night, participants, visits, stock),
// with inputs generated from its own zod schema plus hostile values
// (tests/support/fuzz/zod-arbitrary.ts). For every input:
//   - executeAction never throws, and never ends in the "unexpected" failure (a 500);
//   - a refusal's message and field errors hold no stack trace, SQL or Prisma internals;
//   - a refusal writes nothing: a row trigger on every table but AuditEvent counts writes, and
//     the count must not move (a stronger check than row counts: updates count too);
//   - Object.prototype is never polluted.
// FUZZ_RUNS inputs per action: 1,000 in `npm test`, 10,000 in `npm run fuzz`. FUZZ_SEED
// replays a run (the seed is printed with any failure).
import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { prisma, type Tx } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import { ROLES, type Role } from "@/lib/auth/roles";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { seedDemoData } from "@/prisma/seed/seed-demo";
import { signedIn } from "@/tests/support/sessions";
import { quickIntake, runAs } from "@/tests/support/front-desk";
import { translatorFor } from "@/tests/support/translator";
import { zodArbitrary, type FuzzContext } from "@/tests/support/fuzz/zod-arbitrary";

const ROOT = path.resolve(import.meta.dirname, "../..");
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
// `npm test` replays one fixed seed, so that CI is reproducible and a landing never depends on a
// draw; `npm run fuzz` draws a new one each run (printed with any failure) to explore further.
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_126);

type AnyAction = ActionDefinition<z.ZodType, unknown>;

function isActionDefinition(value: unknown): value is AnyAction {
  const candidate = value as Partial<AnyAction> | null;
  return (
    typeof candidate === "object" &&
    candidate !== null &&
    typeof candidate.name === "string" &&
    typeof candidate.permission === "string" &&
    (typeof candidate.run === "function" || typeof candidate.statement === "function") &&
    typeof (candidate.schema as { safeParse?: unknown } | undefined)?.safeParse === "function"
  );
}

/** Every lib/**\/actions.ts module, found on disk. */
const actionFiles = (readdirSync(path.join(ROOT, "lib"), { recursive: true }) as string[])
  .filter((file) => path.basename(file) === "actions.ts" && !file.split(path.sep).includes("generated"))
  .sort();
const actions: { file: string; definition: AnyAction }[] = [];
for (const file of actionFiles) {
  const exports = (await import(path.join(ROOT, "lib", file))) as Record<string, unknown>;
  for (const value of Object.values(exports)) if (isActionDefinition(value)) actions.push({ file, definition: value });
}

/** The role an action runs as: the first that has its permission (null for public actions). */
function roleFor(definition: AnyAction): Role | null {
  if (definition.permission === "public") return null;
  const role = ROLES.find((candidate) => can(candidate, definition.permission as Exclude<AnyAction["permission"], "public">));
  if (!role) throw new Error(`${definition.name}: no role has ${definition.permission}`);
  return role;
}

// What a refusal must never show: stack frames, SQL, Prisma or driver internals, JS errors.
/** A placeholder left untranslated. */
const PLACEHOLDER = /\{\w+\}/;

const LEAKS = [
  /\n\s+at\s/,
  /\bat .+:\d+:\d+/,
  /\.(ts|js|mjs|tsx):\d+/,
  /node_modules/,
  /prisma/i,
  /invalid `/i,
  /\bSELECT\b.+\bFROM\b/i,
  /\bINSERT INTO\b/i,
  /\bUPDATE\b.+\bSET\b/i,
  /\bDELETE FROM\b/i,
  /\brelation "/i,
  /\bcolumn "/i,
  /violates .* constraint/i,
  /duplicate key/i,
  /\bsyntax error\b/i,
  /\bP\d{4}\b/,
  /\b(TypeError|ReferenceError|RangeError|SyntaxError)\b/,
  /\[object Object\]/,
  /\bECONN\w+/,
  PLACEHOLDER,
];

/** Every string any input of this run has sent: what the database may now hold and quote back. */
const sentStrings = new Set<string>();

function rememberSent(value: unknown, depth = 0): void {
  if (typeof value === "string") sentStrings.add(value.trim());
  else if (value && typeof value === "object" && depth < 6) for (const inner of Object.values(value)) rememberSent(inner, depth + 1);
}

function wasSent(quoted: string): boolean {
  if (quoted === "") return false;
  for (const sent of sentStrings) if (sent.includes(quoted)) return true;
  return false;
}

function leakIn(text: string, input: unknown): string | null {
  let echoed = "";
  try {
    echoed = JSON.stringify(input, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value)) ?? "";
  } catch {
    echoed = String(input);
  }
  // What a message quotes (« » in French, “ ” in English) may be data an earlier input wrote: a
  // kit named "{A}" or '"; DELETE FROM …' is quoted back by name when refused as retired. Such a
  // quote is the centre's own record, not a leak; a quote of anything no input ever sent still counts.
  const unquoted = text.replace(/«\s*([^»]*?)\s*»|“([^”]*)”/g, (quote, french?: string, english?: string) =>
    wasSent((french ?? english ?? "").trim()) ? "«»" : quote,
  );
  for (const pattern of LEAKS) {
    const match = pattern.exec(unquoted);
    // A message may quote what the person typed back to them; that is not a leak.
    if (match && !echoed.includes(match[0])) return `${pattern}: ${match[0]}`;
  }
  return null;
}

function show(input: unknown): string {
  try {
    const text = JSON.stringify(input, (_key, value: unknown) => (typeof value === "bigint" ? `${value}n` : value));
    return (text ?? String(input)).slice(0, 300);
  } catch {
    return String(input).slice(0, 300);
  }
}

const WRITE_COUNTER = "fuzz_write_counter";

async function writes(): Promise<number> {
  const rows = await prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT n FROM "${WRITE_COUNTER}"`);
  return Number(rows[0]!.n);
}

/** Ids of every record in the database (every uuid column), by the field names likely to want them. */
async function knownIds(): Promise<FuzzContext> {
  const columns = await prisma.$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND data_type = 'uuid' AND table_name <> 'AuditEvent'`,
  );
  const idsByField = new Map<string, string[]>();
  const all = new Set<string>();
  for (const { table_name: table, column_name: column } of columns) {
    const rows = await prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT DISTINCT "${column}"::text AS id FROM "${table}" WHERE "${column}" IS NOT NULL LIMIT 100`);
    // Night.id is what a "nightId" wants; so is Visit.nightId.
    const field = column === "id" ? `${table[0]!.toLowerCase()}${table.slice(1)}Id` : column;
    const ids = rows.map((row) => row.id);
    idsByField.set(field, [...(idsByField.get(field) ?? []), ...ids]);
    for (const id of ids) all.add(id);
  }
  return { ids: [...all], idsByField };
}

const sessions = new Map<Role, SessionUser>();
/**
 * The action being fuzzed. A test that times out keeps running in the background: its loop
 * stops as soon as another action starts, or its writes would be blamed on that one's refusals.
 */
let current = "";

/**
 * Tonight as the front desk has it: an open night, participants checked in (one new, one
 * regular), an anonymous visitor. Restored before each action: the fuzzing of nights.close or
 * of a check-out may have closed them, and the visits' actions need them open.
 */
async function ensureTonight(): Promise<void> {
  const { openNightAction } = await import("@/lib/nights/actions");
  const { checkInAction, anonymousVisitAction } = await import("@/lib/visits/actions");
  const { createParticipantAction } = await import("@/lib/participants/actions");
  const staff = sessions.get("STAFF")!;
  const opened = await runAs(prisma, openNightAction, staff, {});
  if (!opened.ok) throw new Error(`could not open a night: ${opened.error}`);
  const nightId = opened.data.nightId;
  if ((await prisma.visit.count({ where: { nightId, checkedOutAt: null } })) >= 3) return;
  const created = await runAs(prisma, createParticipantAction, staff, quickIntake(`Fuzz ${Date.now() % 100000}`));
  if (!created.ok) throw new Error(`could not create a participant: ${created.error}`);
  const regulars = await prisma.participant.findMany({ take: 3, orderBy: { createdAt: "asc" } });
  const visit = await runAs(prisma, checkInAction, staff, { nightId, participantId: created.data.participantId });
  if (!visit.ok) throw new Error(`could not check in: ${visit.error}`);
  // The fuzzing may have restricted or merged a regular: they are then refused, which is fine.
  for (const { id } of regulars) await runAs(prisma, checkInAction, staff, { nightId, participantId: id });
  await runAs(prisma, anonymousVisitAction, staff, { nightId });
}
const accepted = new Map<string, string>();
const unexpectedPrefix = translatorFor("en")("errors.unexpected", { reference: "\u0000" }).split("\u0000")[0]!;

beforeAll(async () => {
  await seedDemoData(prisma, { history: false, openingStock: true });
  for (const role of ROLES) sessions.set(role, await signedIn(prisma, role));

  await ensureTonight();

  // A counter every write to a table other than AuditEvent moves, in the writer's transaction:
  // a refused action's writes, if any survived, show up here. SignInThrottle is left out like the
  // audit log: a wrong current password is counted there on purpose, before it is verified, and
  // the count must outlive the refusal (lib/users/change-own-password.ts).
  await prisma.$executeRawUnsafe(`CREATE TABLE "${WRITE_COUNTER}" (n bigint NOT NULL)`);
  await prisma.$executeRawUnsafe(`INSERT INTO "${WRITE_COUNTER}" VALUES (0)`);
  await prisma.$executeRawUnsafe(
    `CREATE FUNCTION fuzz_count_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE "${WRITE_COUNTER}" SET n = n + 1; RETURN NULL; END $$`,
  );
  const tables = await prisma.$queryRawUnsafe<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('AuditEvent', 'SignInThrottle', '_prisma_migrations', '${WRITE_COUNTER}')`,
  );
  for (const { tablename } of tables) {
    await prisma.$executeRawUnsafe(`CREATE TRIGGER fuzz_count_write AFTER INSERT OR UPDATE OR DELETE ON "${tablename}" FOR EACH ROW EXECUTE FUNCTION fuzz_count_write()`);
  }
}, 120_000);

afterAll(async () => {
  // How many generated inputs got through the parse and the command, per action: a low count
  // means the generator rarely reaches that command.
  process.stdout.write(`[fuzz] accepted of ${RUNS}, FUZZ_SEED=${SEED}: ${[...accepted].map(([name, n]) => `${name} ${n}`).join(", ")}\n`);
  // The next test file truncates every table of pg_tables: leave none of ours behind.
  await prisma.$executeRawUnsafe(`DROP FUNCTION IF EXISTS fuzz_count_write() CASCADE`);
  await prisma.$executeRawUnsafe(`DROP TABLE IF EXISTS "${WRITE_COUNTER}"`);
});

describe(`fuzzing every server action (${RUNS} inputs each, FUZZ_SEED=${SEED})`, () => {
  it("finds the actions of every lib/**/actions.ts", () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(9);
    expect(actions.length).toBeGreaterThanOrEqual(36);
    // Every actions module exports at least one action (a renamed shape would hide them all).
    for (const file of actionFiles) expect(actions.some((action) => action.file === file), file).toBe(true);
  });

  it("would see a refusal that writes: the write counter is not blind", async () => {
    const { DomainError } = await import("@/lib/errors");
    const { z } = await import("zod");
    // A faulty command: it writes outside its transaction, then refuses.
    const faulty = {
      name: "fuzz.faulty",
      permission: "settings:manage",
      schema: z.object({}),
      run: async () => {
        await prisma.setting.create({ data: { key: `fuzz-${Date.now()}`, value: 1 } });
        throw new DomainError("errors.notFound");
      },
    } satisfies ActionDefinition<z.ZodObject, never>;
    const before = await writes();
    const result = await runAs(prisma, faulty, sessions.get("COORDINATOR")!, {});
    expect(result.ok).toBe(false);
    expect(await writes()).toBe(before + 1);
    // And one that writes only in its transaction leaves nothing when it refuses.
    const sound = { ...faulty, run: async ({ tx }: { tx: Tx }) => {
      await tx.setting.create({ data: { key: `fuzz-sound-${Date.now()}`, value: 1 } });
      throw new DomainError("errors.notFound");
    } };
    const after = await writes();
    expect((await runAs(prisma, sound, sessions.get("COORDINATOR")!, {})).ok).toBe(false);
    expect(await writes()).toBe(after);
  });

  for (const [index, { file, definition }] of actions.entries()) {
    const role = roleFor(definition);
    it(`${definition.name} (${file}) as ${role ?? "signed out"}`, async () => {
      const started = Date.now();
      current = `${index}`;
      await ensureTonight();
      const session = role ? sessions.get(role)! : null;
      const inputs = fc.sample(zodArbitrary(definition.schema, await knownIds()), { numRuns: RUNS, seed: SEED + index });
      const problems: string[] = [];
      const unexpectedLogs: string[] = [];
      const errorSpy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
        unexpectedLogs.push(args.map(String).join(" "));
      });
      let accepts = 0;
      let written: number | undefined = await writes();
      try {
        for (const input of inputs) {
          if (problems.length >= 5 || current !== `${index}`) break;
          // Whether the command ran: the schema accepted the input (as executeAction checks it).
          const parsedBefore = definition.schema.safeParse(input).success;
          rememberSent(input);
          if (parsedBefore && written === undefined) written = await writes();
          let result: Awaited<ReturnType<typeof runAs>>;
          try {
            result = await runAs(prisma, definition, session, input, { locale: index % 2 === 0 ? "en" : "fr" });
          } catch (error) {
            problems.push(`threw ${error instanceof Error ? error.message.slice(0, 200) : String(error)} on ${show(input)}`);
            continue;
          }
          if (({} as Record<string, unknown>).polluted !== undefined || Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")) {
            problems.push(`Object.prototype polluted by ${show(input)}`);
            delete (Object.prototype as Record<string, unknown>).polluted;
          }
          if (result.ok) {
            accepts++;
            written = undefined;
            continue;
          }
          const texts = [result.error, ...Object.values(result.fieldErrors ?? {})];
          if (result.error.startsWith(unexpectedPrefix) || result.error.startsWith("Une erreur inattendue")) {
            problems.push(`unexpected failure (${JSON.stringify(unexpectedLogs.at(-1)?.slice(0, 600) ?? "no log")}) on ${show(input)}`);
          }
          for (const text of texts) {
            const leak = leakIn(String(text), input);
            if (leak) problems.push(`refusal leaks ${leak} in "${String(text).slice(0, 200)}" on ${show(input)}`);
          }
          // A refusal by the schema never reaches the command (executeAction parses first): the
          // write check is for refusals that did, read only then (it halves the run time).
          if (parsedBefore) {
            const now = await writes();
            if (written !== undefined && now !== written) problems.push(`refusal "${result.error}" wrote ${now - written} row(s) on ${show(input)}`);
            written = now;
          }
        }
      } finally {
        errorSpy.mockRestore();
      }
      accepted.set(definition.name, `${accepts} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
      expect(problems, `FUZZ_SEED=${SEED}, ${accepts}/${inputs.length} accepted`).toEqual([]);
    }, Math.max(120_000, RUNS * 300));
  }
});
