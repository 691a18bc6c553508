import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { recordAudit } from "@/lib/audit/record-audit";
import { writeCsv, type CsvCell } from "@/lib/csv/write-csv";
import { isoDay } from "@/lib/validation/fields";
import { normalizeCodeInput } from "@/lib/participants/code";
import { localTimeToUtc } from "@/lib/nights/zoned-time";
import { centreTimeZone } from "@/lib/nights/today";
import type { AuditOutcome } from "@/lib/generated/prisma/enums";

const blank = (value: unknown) => (value === "" ? undefined : value);

/** The viewer's filters, from the address: each optional, all combined. */
export const auditFilterSchema = z.object({
  /** A participant's code: their profile's rows and those of their visits and referrals. */
  person: z.preprocess(blank, z.string().max(20).optional()),
  actorId: z.preprocess(blank, z.uuid().optional()),
  action: z.preprocess(blank, z.string().max(80).regex(/^[a-z0-9.-]*$/).optional()),
  outcome: z.preprocess(blank, z.enum(["SUCCESS", "DENIED", "INVALID", "FAILURE"]).optional()),
  from: z.preprocess(blank, isoDay.optional()),
  to: z.preprocess(blank, isoDay.optional()),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

export type AuditRow = {
  id: string;
  at: Date;
  actor: string | null;
  actorRole: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  outcome: AuditOutcome;
  detail: string | null;
};

function assertAudit(session: SessionUser) {
  requirePermission(session, "audit:read");
}

/** null: the person's code matches no one, so no row can match. */
async function whereOf(filter: AuditFilter) {
  let entityIds: string[] | undefined;
  if (filter.person) {
    const participant = await prisma.participant.findUnique({ where: { code: normalizeCodeInput(filter.person) }, select: { id: true } });
    if (!participant) return null;
    const [visits, referrals] = await Promise.all([
      prisma.visit.findMany({ where: { participantId: participant.id }, select: { id: true } }),
      prisma.referral.findMany({ where: { participantId: participant.id }, select: { id: true } }),
    ]);
    entityIds = [participant.id, ...visits.map((row) => row.id), ...referrals.map((row) => row.id)];
  }
  const timeZone = centreTimeZone();
  return {
    ...(entityIds ? { entityId: { in: entityIds } } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.outcome ? { outcome: filter.outcome } : {}),
    ...(filter.from || filter.to
      ? { at: { ...(filter.from ? { gte: localTimeToUtc(filter.from, "00:00", timeZone) } : {}), ...(filter.to ? { lt: new Date(localTimeToUtc(filter.to, "00:00", timeZone).getTime() + 24 * 3600_000) } : {}) } }
      : {}),
  };
}

const select = {
  id: true,
  at: true,
  actorRole: true,
  action: true,
  entity: true,
  entityId: true,
  outcome: true,
  detail: true,
  actor: { select: { username: true, displayName: true } },
} as const;

function toRow(row: { id: bigint; at: Date; actorRole: string | null; action: string; entity: string | null; entityId: string | null; outcome: AuditOutcome; detail: string | null; actor: { username: string; displayName: string } | null }): AuditRow {
  return { ...row, id: row.id.toString(), actor: row.actor ? `${row.actor.displayName} (${row.actor.username})` : null };
}

export async function auditLog(session: SessionUser, filter: AuditFilter, options: { take?: number } = {}): Promise<{ rows: AuditRow[]; total: number }> {
  assertAudit(session);
  const where = await whereOf(filter);
  if (!where) return { rows: [], total: 0 };
  const [rows, total] = await Promise.all([
    prisma.auditEvent.findMany({ where, orderBy: { id: "desc" }, take: options.take ?? 200, select }),
    prisma.auditEvent.count({ where }),
  ]);
  return { rows: rows.map(toRow), total };
}

/** The staff members the viewer may filter by, disabled ones included (their rows remain). */
export async function auditActors(session: SessionUser) {
  assertAudit(session);
  return prisma.user.findMany({ orderBy: { username: "asc" }, select: { id: true, username: true, displayName: true } });
}

/** The filtered log as CSV (at most 50,000 rows); the export itself is an audit row. */
export async function auditCsv(session: SessionUser, filter: AuditFilter): Promise<string> {
  assertAudit(session);
  const where = await whereOf(filter);
  const rows = where ? (await prisma.auditEvent.findMany({ where, orderBy: { id: "asc" }, take: 50_000, select })).map(toRow) : [];
  await recordAudit(prisma, { actorId: session.userId, actorRole: session.role, action: "audit.export", entity: "AuditEvent", outcome: "SUCCESS", detail: `${rows.length} rows` });
  const lines: CsvCell[][] = [["id", "at", "actor", "role", "action", "entity", "entityId", "outcome", "detail"]];
  for (const row of rows) lines.push([row.id, row.at.toISOString(), row.actor, row.actorRole, row.action, row.entity, row.entityId, row.outcome, row.detail]);
  return writeCsv(lines);
}
