import "server-only";
// "Set up my centre": the first coordinator, the site, the starting catalogue and the clinic's
// vaccine list, in one transaction on a database nobody has set up. The code printed in the
// terminal is checked and used up in the same transaction, so two people pressing at once make
// one centre, and the page can never be used a second time.
import type { Tx } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { DomainError } from "@/lib/errors";
import { DEFAULT_CATALOGUE } from "@/lib/catalogue/default-catalogue";
import { DEFAULT_VACCINES } from "@/lib/clinic/default-vaccines";
import { centreModeOf, setCentreMode } from "@/lib/setup/centre-mode";
import { consumeSetupCode, SETUP_CODE_ATTEMPTS, setupCodeMatches, storedSetupCode } from "@/lib/setup/setup-code";
import { CENTRE_LANGUAGES_KEY, CENTRE_TIME_ZONE_KEY } from "@/lib/setup/spoken-languages";
import type { SetUpCentreInput } from "@/lib/setup/schemas";

export const SETUP_ACTION = "setup.centre";
export const WRONG_CODE_DETAIL = "setup.errors.wrongCode";

/**
 * Wrong codes tried since this code was printed. The action pipeline writes each refusal's audit
 * row outside the rolled-back transaction, so the count survives the attempts themselves.
 */
async function wrongAttemptsSince(tx: Tx, issuedAt: string): Promise<number> {
  return tx.auditEvent.count({ where: { action: SETUP_ACTION, detail: WRONG_CODE_DETAIL, at: { gte: new Date(issuedAt) } } });
}

export async function setUpCentre(tx: Tx, input: SetUpCentreInput, locale: "fr" | "en"): Promise<{ userId: string }> {
  // One set-up at a time: the second waits here, then finds the centre made and the code gone.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('halte.setup'))`;
  if ((await tx.user.count()) > 0 || (await centreModeOf(tx)) !== null) throw new DomainError("setup.errors.alreadySetUp");
  const stored = await storedSetupCode(tx);
  if (!stored || (await wrongAttemptsSince(tx, stored.issuedAt)) >= SETUP_CODE_ATTEMPTS) throw new DomainError("setup.errors.codeVoid");
  if (!setupCodeMatches(stored, input.code)) throw new DomainError(WRONG_CODE_DETAIL, { code: WRONG_CODE_DETAIL });
  await consumeSetupCode(tx);

  // The reference data every database gets (one site, the default lists) is already there; the
  // set-up names the site and retires what the centre does not hand out or offer.
  const site = await tx.site.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
  const siteData = { name: input.siteName, openWeekdays: input.openWeekdays, opensAt: input.opensAt, closesAt: input.closesAt };
  if (site) await tx.site.update({ where: { id: site.id }, data: siteData });
  else await tx.site.create({ data: siteData });

  const keptItems = new Set(input.catalogue);
  await tx.catalogueItem.updateMany({ where: { key: { in: DEFAULT_CATALOGUE.map((item) => item.key).filter((key) => !keptItems.has(key)) } }, data: { active: false } });
  const keptVaccines = new Set(input.vaccines);
  await tx.clinicVaccine.updateMany({ where: { key: { in: DEFAULT_VACCINES.map((vaccine) => vaccine.key).filter((key) => !keptVaccines.has(key)) } }, data: { active: false } });

  const user = await tx.user.create({
    data: {
      username: input.username,
      displayName: input.displayName,
      role: "COORDINATOR",
      locale,
      passwordHash: await hashPassword(input.password),
    },
    select: { id: true },
  });
  for (const [key, value] of [[CENTRE_TIME_ZONE_KEY, input.timeZone], [CENTRE_LANGUAGES_KEY, input.languages]] as const) {
    await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
  }
  await setCentreMode(tx, "real");
  return { userId: user.id };
}
