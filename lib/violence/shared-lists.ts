import "server-only";
import type { z } from "zod";
import { prisma, type Tx } from "@/lib/db";
import { requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { sharedListSchema, type importSharedListSchema } from "@/lib/violence/schemas";

export type SharedList = z.infer<typeof sharedListSchema>;

/** Consented reports with a plate or a phone: their hashes and descriptions, nothing else. The export is an audit row. */
export async function exportSharedList(session: SessionUser): Promise<SharedList> {
  requirePermission(session, "violence:share");
  const rows = await prisma.violenceReport.findMany({
    where: { consentToShare: true, OR: [{ plateHash: { not: null } }, { phoneHash: { not: null } }] },
    select: { plateHash: true, phoneHash: true, types: true, aggressorDescription: true, vehicleDescription: true },
    orderBy: { occurredOn: "asc" },
  });
  await recordAudit(prisma, { actorId: session.userId, actorRole: session.role, action: "violence.export", entity: "ViolenceReport", outcome: "SUCCESS", detail: `${rows.length} entries` });
  return { format: "halte-aggressor-list/1", entries: rows };
}

/** Replaces what came from this source before, and says how many of our reports it matches. */
export async function importSharedList(tx: Tx, session: SessionUser, input: z.output<typeof importSharedListSchema>) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.content);
  } catch {
    throw new DomainError("validation.sharedListFormat", { content: "validation.sharedListFormat" });
  }
  const list = sharedListSchema.safeParse(parsed);
  if (!list.success) throw new DomainError("validation.sharedListFormat", { content: "validation.sharedListFormat" });
  await tx.externalAggressorEntry.deleteMany({ where: { source: input.source } });
  await tx.externalAggressorEntry.createMany({
    data: list.data.entries.map((entry) => ({ ...entry, source: input.source, importedById: session.userId })),
  });
  const plates = list.data.entries.map((entry) => entry.plateHash).filter((value): value is string => Boolean(value));
  const phones = list.data.entries.map((entry) => entry.phoneHash).filter((value): value is string => Boolean(value));
  const matches = await tx.violenceReport.count({ where: { OR: [{ plateHash: { in: plates } }, { phoneHash: { in: phones } }] } });
  return { entries: list.data.entries.length, matches };
}
