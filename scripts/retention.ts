// `npm run retention [-- --dry-run] [--years N]`: anonymises the participants of DATABASE_URL
// without a visit for RETENTION_YEARS (default 7) years (Quebec Law 25: keep no longer than
// needed). --dry-run lists what it would do and changes nothing. Meant for a nightly cron;
// on the embedded database of `npm start`, the coordinator's button on /privacy does the same.
import { parseArgs } from "node:util";
import { register } from "node:module";
import { ExpectedFailure, runCli } from "./start/expected-failure.ts";

register("./bench/server-only-hooks.mjs", import.meta.url);

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false }, years: { type: "string" } }, strict: true });
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (!databaseUrl) {
    throw new ExpectedFailure(
      "DATABASE_URL is not set: on the embedded database use the button on /privacy / " +
        "DATABASE_URL n'est pas défini : sur la base intégrée, utilisez le bouton de /privacy",
    );
  }
  const years = Number(values.years ?? process.env.RETENTION_YEARS ?? 7);
  if (!Number.isInteger(years) || years < 1 || years > 50) throw new ExpectedFailure("--years is a whole number from 1 to 50 / --years est un entier de 1 à 50");

  const { createPrismaClient } = await import("../lib/db-client.ts");
  const { nightDateOf } = await import("../lib/nights/local-date.ts");
  const { applyRetention, retentionCandidates, retentionCutoff } = await import("../lib/participants/retention.ts");
  const { now: clockNow } = await import("../lib/clock.ts");
  const prisma = createPrismaClient(databaseUrl, { max: 1 });
  try {
    const now = clockNow();
    const today = nightDateOf(now, process.env.CENTRE_TIME_ZONE || "America/Montreal");
    const candidates = await retentionCandidates(prisma, { today, years });
    console.log(`retention: ${years} years, last visit before ${retentionCutoff(today, years)}: ${candidates.length} record(s)`);
    for (const candidate of candidates) console.log(`  ${candidate.code}  last seen ${candidate.lastSeen}`);
    if (values["dry-run"]) {
      console.log("dry run: nothing changed / essai à blanc : rien n'a changé");
      return 0;
    }
    const done = await applyRetention(prisma, { today, years, now, actor: null });
    console.log(`anonymised ${done} record(s) / ${done} dossier(s) anonymisé(s)`);
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

runCli(main);
