import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { PrismaClient, Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { can, type Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { DomainError } from "@/lib/errors";
import type { ActionResult, FailureReason } from "@/lib/actions/action-result";
import { translateIssue, type Translate } from "@/lib/actions/translate-issues";
import { runStatement, type StatementContext, type StatementOutcome } from "@/lib/actions/single-statement";
import { AlreadySubmitted } from "@/lib/actions/already-submitted";
import { now as clockNow } from "@/lib/clock";
import { logError } from "@/lib/logging/logger";
import { isDatabaseUnavailable } from "@/lib/database-unavailable.mjs";

/** `locale` lets a command name things (items, sizes) in the language its refusal is shown in. */
export type ActionContext<I> = { tx: Tx; session: SessionUser; input: I; now: Date; locale: "fr" | "en" };
export type PublicActionContext<I> = { tx: Tx; session: SessionUser | null; input: I; now: Date; locale: "fr" | "en" };
/** `auditDetail`: a short machine-written note for the audit row (counts, never typed text). */
export type ActionOutcome<R> = { data: R; entityId?: string | null; messageKey?: string; auditDetail?: string };

// The single-statement path lives beside this file (single-statement.ts); its types are re-exported.
export type { StatementContext, StatementOutcome } from "@/lib/actions/single-statement";

type ActionBase<S extends z.ZodType> = {
  /** Audit name, e.g. "users.create". */
  name: string;
  /** Audit entity, e.g. "User". */
  entity?: string;
  /** "public" only for what a signed-out person may do (choosing the sign-in page's language). */
  permission: Permission | "public";
  schema: S;
  /**
   * A create that must not happen twice: the form sends a `submissionId` (a UUID made when the
   * form is shown), and the same submission sent again, or many times at once, gets the first
   * one's result instead of a second record.
   */
  idempotent?: true;
  /**
   * Longer than the 5 s Prisma gives an interactive transaction: only for a first-run command that
   * fills a whole database (the demo centre) while nobody else can be using it.
   */
  timeoutMs?: number;
};

/** The usual command: runs in a transaction that also writes its audit row (and claims its key). */
type TransactionCommand<S extends z.ZodType, R> = {
  run: (ctx: ActionContext<z.output<S>>) => Promise<ActionOutcome<R>>;
  statement?: never;
};

/**
 * A command that is ONE statement, run outside any interactive transaction (a statement is atomic
 * on its own): it writes its rows, its audit row and its submission key itself, from the stamp's
 * CTEs (statement-stamp.ts). For the evening's hottest path only, where BEGIN, COMMIT and a second
 * insert would triple the round trips; the checks before it are the same as for every action.
 */
type StatementCommand<S extends z.ZodType, R> = {
  statement: (ctx: StatementContext<z.output<S>>) => Promise<StatementOutcome<R>>;
  run?: never;
};

export type ActionDefinition<S extends z.ZodType, R> = ActionBase<S> & (TransactionCommand<S, R> | StatementCommand<S, R>);

export type ActionEnvironment = {
  db: PrismaClient;
  session: SessionUser | null;
  locale: "fr" | "en";
  t: Translate;
  now?: Date;
};

/** What a session whose password was reset may still do: replace it, or leave. */
export const ALLOWED_BEFORE_NEW_PASSWORD: ReadonlySet<string> = new Set(["users.change-own-password", "auth.sign-out"]);

/**
 * The one path every mutation takes: session → role permission → zod parse → command and its
 * audit row in one transaction → a message in the user's language. The role is checked before
 * the input is parsed so that a refused role learns nothing, not even the shape of the form;
 * record-level rules (own shifts, own records) live in the command, on parsed input.
 */
export async function executeAction<S extends z.ZodType, R>(
  definition: ActionDefinition<S, R>,
  environment: ActionEnvironment,
  rawInput: unknown,
): Promise<ActionResult<R>> {
  const { db, session, t } = environment;
  const base = { action: definition.name, entity: definition.entity ?? null };

  if (definition.permission === "public") return runPublic(definition, environment, rawInput);
  if (!session) {
    await recordAudit(db, { ...base, outcome: "DENIED", detail: "no-session" });
    return failure("unauthenticated", t("errors.signedOut"));
  }
  const actor = { actorId: session.userId, actorRole: session.role };

  if (!can(session.role, definition.permission)) {
    await recordAudit(db, { ...base, ...actor, outcome: "DENIED", detail: definition.permission });
    return failure("forbidden", t("errors.forbidden"));
  }
  // A password a coordinator reset is known to them: until its owner replaces it, the session
  // may do nothing else (the pages redirect to /sign-in/new-password; this holds for any caller).
  if (session.mustChangePassword && !ALLOWED_BEFORE_NEW_PASSWORD.has(definition.name)) {
    await recordAudit(db, { ...base, ...actor, outcome: "DENIED", detail: "must-change-password" });
    return failure("must-change-password", t("errors.mustChangePassword"));
  }

  if (hasMalformedText(rawInput)) {
    await recordAudit(db, { ...base, ...actor, outcome: "INVALID", detail: "malformed-text" });
    return failure("invalid", t("errors.invalidInput"));
  }
  const parsed = definition.schema.safeParse(rawInput, { error: zodLocaleErrors(environment.locale) });
  if (!parsed.success) {
    await recordAudit(db, { ...base, ...actor, outcome: "INVALID", detail: firstPath(parsed.error) });
    return failure("invalid", t("errors.invalidInput"), fieldErrorsOf(parsed.error, t));
  }

  const now = environment.now ?? clockNow();
  const submissionId = definition.idempotent ? submissionIdOf(rawInput) : null;
  const context = { session, input: parsed.data, now, locale: environment.locale };
  try {
    const outcome = definition.statement
      ? await runStatement(definition.statement, { ...context, db, stamp: { ...base, ...actor, submissionId } })
      : await db.$transaction(async (tx) => {
          // The key is claimed inside the transaction: a concurrent copy waits on its unique index
          // until this one commits (then finds it) or rolls back (then records in its place).
          if (submissionId && !(await claimSubmission(tx, submissionId, definition.name, session.userId))) throw new AlreadySubmitted();
          const result = await definition.run({ ...context, tx });
          await recordAudit(tx, { ...base, ...actor, entityId: result.entityId ?? null, outcome: "SUCCESS", detail: result.auditDetail ?? null });
          if (submissionId) await tx.submission.update({ where: { id: submissionId }, data: { result: storedResult(result) } });
          return result;
        });
    return { ok: true, data: outcome.data, message: outcome.messageKey ? t(outcome.messageKey) : undefined };
  } catch (error) {
    if (error instanceof AlreadySubmitted && submissionId) {
      await recordAudit(db, { ...base, ...actor, outcome: "SUCCESS", detail: "same-submission" });
      return (await firstCopyAnswer<R>(db, submissionId, definition.name, session.userId, t)) ?? failure("invalid", t("errors.invalidInput"));
    }
    if (error instanceof DomainError) {
      // A single statement checks its rules before it sees the key: a copy that waited on the
      // first one's lock may find the shelf emptied by that very first copy. It is answered as
      // the first copy was, like the transactional path answers a copy.
      const answer = definition.statement && submissionId ? await firstCopyAnswer<R>(db, submissionId, definition.name, session.userId, t) : null;
      if (answer) {
        await recordAudit(db, { ...base, ...actor, outcome: "SUCCESS", detail: "same-submission" });
        return answer;
      }
      await recordAudit(db, { ...base, ...actor, outcome: "FAILURE", detail: error.messageKey });
      const fieldErrors = Object.fromEntries(
        Object.entries(error.fieldErrors).map(([field, key]) => [field, t(key, error.values)]),
      );
      return failure("refused", t(error.messageKey, error.values), fieldErrors);
    }
    // Unexpected: the log gets a reference, the person gets a generic message and the same reference.
    const reference = randomUUID().slice(0, 8);
    logError("action.failed", error, { action: definition.name, reference });
    // The database is away: say so (nothing was saved), and do not try to audit into it.
    if (isDatabaseUnavailable(error)) return failure("database-unavailable", t("errors.databaseDownAction"));
    await recordAudit(db, { ...base, ...actor, outcome: "FAILURE", detail: `unexpected:${reference}` }).catch(() => {});
    return failure("unexpected", t("errors.unexpected", { reference }));
  }
}

function storedResult<R>(result: ActionOutcome<R>) {
  // Prisma types a JSON column as its own JsonValue: the data is JSON (a plain DTO) by contract.
  return { data: (result.data ?? null) as never, messageKey: result.messageKey ?? null };
}

/** The result the first copy of a submission stored, when it is this actor's, for this action. */
async function firstCopyAnswer<R>(db: PrismaClient, submissionId: string, action: string, actorId: string, t: Translate): Promise<ActionResult<R> | null> {
  const first = await db.submission.findUnique({ where: { id: submissionId }, select: { action: true, actorId: true, result: true } });
  if (!first || first.action !== action || first.actorId !== actorId || !first.result) return null;
  const stored = first.result as { data: R; messageKey: string | null };
  return { ok: true, data: stored.data, message: stored.messageKey ? t(stored.messageKey) : undefined };
}

/**
 * Text no keyboard produces: a lone UTF-16 surrogate (half of an emoji) cannot be stored or sent to
 * the database as JSON. Refused as bad input wherever it hides in the request, before any schema.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function hasMalformedText(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return LONE_SURROGATE.test(value);
  if (depth > 20 || value === null || typeof value !== "object") return false;
  return Object.entries(value).some(([key, inner]) => LONE_SURROGATE.test(key) || hasMalformedText(inner, depth + 1));
}

const submissionKey = z.object({ submissionId: z.uuid() });

/** The idempotency key a form sends beside its fields; absent or malformed, there is none. */
function submissionIdOf(rawInput: unknown): string | null {
  const parsed = submissionKey.safeParse(rawInput);
  return parsed.success ? parsed.data.submissionId : null;
}

async function claimSubmission(tx: Tx, id: string, action: string, actorId: string): Promise<boolean> {
  const claimed = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Submission" ("id", "action", "actorId") VALUES (${id}::uuid, ${action}, ${actorId}::uuid)
    ON CONFLICT ("id") DO NOTHING RETURNING "id"`;
  return claimed.length > 0;
}

/** Signed-out actions touch no record: they run without an audit row of their own. */
async function runPublic<S extends z.ZodType, R>(
  definition: ActionDefinition<S, R>,
  environment: ActionEnvironment,
  rawInput: unknown,
): Promise<ActionResult<R>> {
  const parsed = definition.schema.safeParse(rawInput, { error: zodLocaleErrors(environment.locale) });
  if (!parsed.success) return failure("invalid", environment.t("errors.invalidInput"), fieldErrorsOf(parsed.error, environment.t));
  if (!definition.run) throw new Error(`public action ${definition.name} must run in a transaction`);
  const run = definition.run as unknown as (ctx: PublicActionContext<z.output<S>>) => Promise<ActionOutcome<R>>;
  const base = { action: definition.name, entity: definition.entity ?? null };
  // Signed-out commands that change records (the first run's set-up) are audited like any other;
  // one that only answers (the sign-in page's language, no entity) is not.
  const audited = definition.entity !== undefined;
  try {
    const outcome = await environment.db.$transaction(
      async (tx) => {
        const result = await run({ tx, session: environment.session, input: parsed.data, now: environment.now ?? clockNow(), locale: environment.locale });
        if (audited) await recordAudit(tx, { ...base, entityId: result.entityId ?? null, outcome: "SUCCESS" });
        return result;
      },
      definition.timeoutMs ? { timeout: definition.timeoutMs, maxWait: definition.timeoutMs } : undefined,
    );
    return { ok: true, data: outcome.data, message: outcome.messageKey ? environment.t(outcome.messageKey) : undefined };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // Written outside the rolled-back transaction: the refusal itself is on record.
    if (audited) await recordAudit(environment.db, { ...base, outcome: "FAILURE", detail: error.messageKey });
    const fieldErrors = Object.fromEntries(Object.entries(error.fieldErrors).map(([field, key]) => [field, environment.t(key, error.values)]));
    return failure("refused", environment.t(error.messageKey, error.values), fieldErrors);
  }
}

function failure(reason: FailureReason, error: string, fieldErrors: Record<string, string> = {}): ActionResult<never> {
  return { ok: false, error, fieldErrors, reason };
}

export function zodLocaleErrors(locale: "fr" | "en") {
  return (locale === "fr" ? z.locales.fr() : z.locales.en()).localeError;
}

function firstPath(error: z.ZodError): string {
  const path = error.issues[0]?.path.join(".") ?? "";
  return `invalid:${path}`.slice(0, 200);
}

function fieldErrorsOf(error: z.ZodError, t: Translate): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    fieldErrors[field] ??= translateIssue(issue.message, t);
  }
  return fieldErrors;
}
