import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma, type Tx } from "@/lib/db";
import { can, requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { directorySearchSchema, partnerSchema } from "@/lib/directory/schemas";

const partnerSelect = {
  id: true,
  name: true,
  domains: true,
  phone: true,
  hours: true,
  languages: true,
  publicAddress: true,
  respectful: true,
  notes: true,
  active: true,
} satisfies Prisma.PartnerOrganisationSelect;

export type Partner = Prisma.PartnerOrganisationGetPayload<{ select: typeof partnerSelect }>;

/** The directory, searchable by domain, language and name; every role may read it. */
export async function searchDirectory(session: SessionUser, filters: z.output<typeof directorySearchSchema>, options: { includeInactive?: boolean } = {}): Promise<Partner[]> {
  requirePermission(session, "directory:read");
  return prisma.partnerOrganisation.findMany({
    where: {
      ...(options.includeInactive && can(session.role, "directory:write") ? {} : { active: true }),
      ...(filters.domain ? { domains: { has: filters.domain } } : {}),
      ...(filters.language ? { languages: { has: filters.language } } : {}),
      // Backslashes dropped: Prisma's insensitive "contains" is an ILIKE, where one would escape.
      ...(filters.q?.replace(/\\/g, "").trim() ? { name: { contains: filters.q.replace(/\\/g, "").trim(), mode: "insensitive" as const } } : {}),
    },
    select: partnerSelect,
    orderBy: { name: "asc" },
  });
}

export async function getPartner(session: SessionUser, partnerId: string): Promise<Partner | null> {
  requirePermission(session, "directory:read");
  if (!/^[0-9a-f-]{36}$/i.test(partnerId)) return null;
  return prisma.partnerOrganisation.findUnique({ where: { id: partnerId }, select: partnerSelect });
}

export async function savePartner(tx: Tx, input: z.output<typeof partnerSchema>): Promise<string> {
  const data = {
    name: input.name,
    domains: [...new Set(input.domains)],
    languages: [...new Set(input.languages)],
    phone: input.phone,
    hours: input.hours,
    publicAddress: input.publicAddress,
    respectful: input.respectful,
    notes: input.notes,
    active: input.active,
  };
  const sameName = await tx.partnerOrganisation.findUnique({ where: { name: input.name }, select: { id: true } });
  if (sameName && sameName.id !== input.partnerId) throw new DomainError("errors.partnerNameTaken", { name: "errors.partnerNameTaken" });
  if (input.partnerId) {
    const updated = await tx.partnerOrganisation.updateMany({ where: { id: input.partnerId }, data });
    if (updated.count === 0) throw new NotFoundError();
    return input.partnerId;
  }
  return (await tx.partnerOrganisation.create({ data, select: { id: true } })).id;
}
