import "server-only";
// The single-statement path of the action pipeline (docs/decisions/0003-single-statement-action.md):
// a command that is ONE SQL statement, run outside any interactive transaction, writing its rows,
// its submission key and its audit row itself from the stamp's CTEs (statement-stamp.ts). The
// checks before it are executeAction's own; this module holds what the path guarantees after it.
import type { PrismaClient } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import type { StatementStamp } from "@/lib/actions/statement-stamp";
import type { ActionOutcome } from "@/lib/actions/execute-action";
import { AlreadySubmitted } from "@/lib/actions/already-submitted";
import { logger } from "@/lib/logging/logger";

/** A single-statement command gets the pool-backed client instead of a transaction, and a stamp. */
export type StatementContext<I> = { db: PrismaClient; session: SessionUser; input: I; now: Date; locale: "fr" | "en"; stamp: StatementStamp };
/**
 * `written: false` only when the statement found the submission's key claimed by an earlier copy
 * (executeAction then answers with that copy's result); a refusal is thrown, as from `run`.
 */
export type StatementOutcome<R> = { written: true; outcome: ActionOutcome<R>; claimed: boolean; audited: boolean } | { written: false };

/**
 * Runs the statement and holds it to the pipeline's guarantees: a statement that wrote without
 * claiming its key is an error, one that wrote without auditing gets its audit row after it.
 */
export async function runStatement<I, R>(
  statement: (ctx: StatementContext<I>) => Promise<StatementOutcome<R>>,
  context: StatementContext<I>,
): Promise<ActionOutcome<R>> {
  const result = await statement(context);
  const { stamp } = context;
  if (!result.written) {
    if (stamp.submissionId) throw new AlreadySubmitted();
    throw new Error("a statement without a submission key wrote nothing and refused nothing");
  }
  if (stamp.submissionId && !result.claimed) throw new Error("a statement wrote without claiming its submission key");
  if (!result.audited) {
    // Written but not audited is a bug in the command; the row must exist all the same.
    logger.error({ event: "action.unaudited", action: stamp.action }, "the statement wrote no audit row; recorded after it");
    await recordAudit(context.db, { ...stamp, entityId: result.outcome.entityId ?? null, outcome: "SUCCESS", detail: "audited-after" });
  }
  return result.outcome;
}
