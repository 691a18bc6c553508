import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma, type Tx } from "@/lib/db";
import { requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { DomainError } from "@/lib/errors";
import { normalizeCodeInput } from "@/lib/participants/code";
import { recordAudit } from "@/lib/audit/record-audit";
import { dateOnly, isoDate } from "@/lib/nights/local-date";
import { hintOf, keyedHash, normalizePhone, normalizePlate } from "@/lib/violence/identifiers";
import type { violenceReportSchema } from "@/lib/violence/schemas";
import type { ViolenceType } from "@/lib/generated/prisma/enums";

export async function createViolenceReport(tx: Tx, session: SessionUser, input: z.output<typeof violenceReportSchema>) {
  const plate = input.plate ? normalizePlate(input.plate) : null;
  if (input.plate && !plate) throw new DomainError("errors.plateUnusable", { plate: "errors.plateUnusable" });
  const phone = input.phone ? normalizePhone(input.phone) : null;
  if (input.phone && !phone) throw new DomainError("errors.phoneUnusable", { phone: "errors.phoneUnusable" });
  const reporter = input.reporterCode
    ? await tx.participant.findUnique({ where: { code: normalizeCodeInput(input.reporterCode) }, select: { id: true } })
    : null;
  if (input.reporterCode && !reporter) throw new DomainError("errors.unknownCode", { reporterCode: "errors.unknownCode" });

  const report = await tx.violenceReport.create({
    data: {
      occurredOn: dateOnly(input.occurredOn),
      timeFrom: input.timeFrom,
      timeTo: input.timeTo,
      area: input.area,
      types: [...new Set(input.types)],
      aggressorDescription: input.aggressorDescription,
      vehicleDescription: input.vehicleDescription,
      // The clear plate and phone end here: only their keyed hash and last characters are stored.
      plateHash: plate ? keyedHash("plate", plate) : null,
      plateHint: plate ? hintOf(plate) : null,
      phoneHash: phone ? keyedHash("phone", phone) : null,
      phoneHint: phone ? hintOf(phone) : null,
      reportedToPolice: input.reportedToPolice,
      thirdPartyReport: input.thirdPartyReport,
      consentToShare: input.consentToShare,
      reporterId: reporter?.id ?? null,
      createdById: session.userId,
    },
    select: { id: true, plateHash: true, phoneHash: true },
  });
  const repeats = await earlierMatches(tx, report);
  return { reportId: report.id, repeats: repeats.length };
}

/** Earlier reports with the same plate or phone: the same aggressor, very likely. */
async function earlierMatches(db: Tx | typeof prisma, report: { id: string; plateHash: string | null; phoneHash: string | null }) {
  const or: Prisma.ViolenceReportWhereInput[] = [];
  if (report.plateHash) or.push({ plateHash: report.plateHash });
  if (report.phoneHash) or.push({ phoneHash: report.phoneHash });
  if (or.length === 0) return [];
  return db.violenceReport.findMany({ where: { id: { not: report.id }, OR: or }, select: { id: true, occurredOn: true, area: true }, orderBy: { occurredOn: "desc" } });
}

const reportSelect = {
  id: true,
  occurredOn: true,
  timeFrom: true,
  timeTo: true,
  area: true,
  types: true,
  aggressorDescription: true,
  vehicleDescription: true,
  plateHash: true,
  plateHint: true,
  phoneHash: true,
  phoneHint: true,
  reportedToPolice: true,
  thirdPartyReport: true,
  consentToShare: true,
  reporter: { select: { id: true, code: true, alias: true } },
} satisfies Prisma.ViolenceReportSelect;

export type ViolenceReportRow = Omit<Prisma.ViolenceReportGetPayload<{ select: typeof reportSelect }>, "occurredOn" | "plateHash" | "phoneHash"> & {
  occurredOn: string;
  repeats: { id: string; occurredOn: string; area: string }[];
  /** Other organisations whose shared list holds the same plate or phone. */
  elsewhere: string[];
};

type Hashed = { id: string; plateHash: string | null; phoneHash: string | null };

/**
 * For a page of reports at once (two queries, not two per report): the other reports and the
 * other organisations' entries that share each one's plate or phone hash.
 */
async function matchesFor(reports: Hashed[]) {
  const plates = [...new Set(reports.map((report) => report.plateHash).filter((hash): hash is string => Boolean(hash)))];
  const phones = [...new Set(reports.map((report) => report.phoneHash).filter((hash): hash is string => Boolean(hash)))];
  const where = { OR: [{ plateHash: { in: plates } }, { phoneHash: { in: phones } }] };
  const [local, external] = await Promise.all([
    prisma.violenceReport.findMany({ where, select: { id: true, occurredOn: true, area: true, plateHash: true, phoneHash: true }, orderBy: { occurredOn: "desc" } }),
    prisma.externalAggressorEntry.findMany({ where, select: { source: true, plateHash: true, phoneHash: true } }),
  ]);
  const same = (a: { plateHash: string | null; phoneHash: string | null }, b: Hashed) =>
    (b.plateHash !== null && a.plateHash === b.plateHash) || (b.phoneHash !== null && a.phoneHash === b.phoneHash);
  return new Map(
    reports.map((report) => [
      report.id,
      {
        repeats: local.filter((other) => other.id !== report.id && same(other, report)).map((other) => ({ id: other.id, occurredOn: isoDate(other.occurredOn), area: other.area })),
        elsewhere: [...new Set(external.filter((entry) => same(entry, report)).map((entry) => entry.source))],
      },
    ]),
  );
}

function assertRead(session: SessionUser) {
  requirePermission(session, "violence:read");
}

/** Recent reports with their repeat flags; the read is an audit row. */
export async function listViolenceReports(session: SessionUser, limit = 100): Promise<ViolenceReportRow[]> {
  assertRead(session);
  const rows = await prisma.violenceReport.findMany({ select: reportSelect, orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }], take: limit });
  await recordAudit(prisma, { actorId: session.userId, actorRole: session.role, action: "violence.list", entity: "ViolenceReport", outcome: "SUCCESS" });
  const matches = await matchesFor(rows);
  return rows.map(({ plateHash: _plate, phoneHash: _phone, ...row }) => ({
    ...row,
    occurredOn: isoDate(row.occurredOn),
    repeats: matches.get(row.id)?.repeats ?? [],
    elsewhere: matches.get(row.id)?.elsewhere ?? [],
  }));
}

export type AlertSheetRow = {
  id: string;
  occurredOn: string;
  timeFrom: string | null;
  timeTo: string | null;
  area: string;
  types: ViolenceType[];
  aggressorDescription: string | null;
  vehicleDescription: string | null;
  plateHint: string | null;
  phoneHint: string | null;
  repeat: boolean;
};

/** What is posted at the drop-in: consented reports of the period, never who reported them. */
export async function alertSheet(session: SessionUser, range: { from: string; to: string }): Promise<AlertSheetRow[]> {
  requirePermission(session, "violence:alert-sheet");
  const rows = await prisma.violenceReport.findMany({
    where: { consentToShare: true, occurredOn: { gte: dateOnly(range.from), lte: dateOnly(range.to) } },
    select: { id: true, occurredOn: true, timeFrom: true, timeTo: true, area: true, types: true, aggressorDescription: true, vehicleDescription: true, plateHint: true, phoneHint: true, plateHash: true, phoneHash: true },
    orderBy: { occurredOn: "desc" },
  });
  await recordAudit(prisma, { actorId: session.userId, actorRole: session.role, action: "violence.alert-sheet", entity: "ViolenceReport", outcome: "SUCCESS", detail: `${range.from}..${range.to}` });
  const matches = await matchesFor(rows);
  return rows.map(({ plateHash: _plate, phoneHash: _phone, ...row }) => ({
    ...row,
    occurredOn: isoDate(row.occurredOn),
    repeat: (matches.get(row.id)?.repeats.length ?? 0) > 0,
  }));
}
