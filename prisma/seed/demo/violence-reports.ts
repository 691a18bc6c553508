// A dozen bad-date reports over the last months, two of them by an aggressor reported before
// (the same plate typed differently, the same phone number). Hashed with the app's own key.
import type { PrismaClient } from "../../../lib/generated/prisma/client.ts";
import { addDays, dateOnly, nightDateOf } from "../../../lib/nights/local-date.ts";
import { deriveMatchKey, hashWithKey, hintOf, normalizePhone, normalizePlate } from "../../../lib/violence/keyed-hash.ts";

type Seeded = { days: number; area: string; types: string[]; aggressor: string; vehicle?: string; plate?: string; phone?: string; police?: boolean; shared: boolean };

const REPORTS: Seeded[] = [
  { days: 150, area: "Coin Ontario et Saint-Hubert", types: ["PHYSICAL", "REFUSED_TO_PAY"], aggressor: "Homme, 40-50 ans, barbe grise, manteau rouge", vehicle: "Berline grise", plate: "FXY 123", shared: true },
  { days: 131, area: "Parc des Faubourgs", types: ["THREAT"], aggressor: "Deux hommes, la vingtaine, casquettes", shared: true },
  { days: 118, area: "Rue Sainte-Catherine Est, secteur du Village", types: ["ROBBERY"], aggressor: "Homme, 30 ans environ, accent anglais", phone: "514-555-0144", shared: true },
  { days: 96, area: "Stationnement près du métro Frontenac", types: ["CONDOM_REMOVED", "SEXUAL"], aggressor: "Homme, 50 ans, lunettes", vehicle: "Camionnette blanche", shared: false },
  { days: 80, area: "Hôtel à l'heure, boulevard Saint-Laurent", types: ["REFUSED_TO_PAY", "THREAT"], aggressor: "Homme, 35 ans, tatouage au cou", shared: true, police: true },
  { days: 61, area: "Coin Ontario et Saint-Hubert", types: ["PHYSICAL"], aggressor: "Homme, 45 ans, barbe grise", vehicle: "Auto grise", plate: "fxy-123", shared: true },
  { days: 47, area: "Ruelle derrière la rue Wolfe", types: ["WEAPON", "THREAT"], aggressor: "Homme, 25 ans, couteau", shared: true, police: true },
  { days: 33, area: "En ligne (rendez-vous pris par messagerie)", types: ["REFUSED_TO_PAY"], aggressor: "Se présente comme « Marc »", phone: "+1 (514) 555-0144", shared: true },
  { days: 21, area: "Parc Émilie-Gamelin", types: ["THREAT", "OTHER"], aggressor: "Homme, 60 ans, canne", shared: true },
  { days: 12, area: "Secteur du marché Maisonneuve", types: ["PHYSICAL"], aggressor: "Homme, 30-40 ans, survêtement noir", vehicle: "VUS noir", plate: "K41 9PM", shared: false },
  { days: 6, area: "Rue Sherbrooke Est, près du parc", types: ["SEXUAL"], aggressor: "Homme, 40 ans, cheveux rasés", shared: true },
  { days: 2, area: "Boulevard de Maisonneuve, coin Amherst", types: ["ROBBERY", "PHYSICAL"], aggressor: "Deux hommes, vélo", shared: true },
];

export async function seedViolenceReports(prisma: PrismaClient, options: { today: Date; timeZone: string; staffIds: string[] }) {
  const secret = process.env.NEXTAUTH_SECRET;
  // Without the app's secret the hashes could not match what staff type later: keep the plates out.
  const key = secret || process.env.AGGRESSOR_MATCH_KEY ? deriveMatchKey(process.env.AGGRESSOR_MATCH_KEY, secret ?? "") : null;
  const today = nightDateOf(options.today, options.timeZone);
  const hashed = (kind: "plate" | "phone", raw: string | undefined) => {
    const normalized = raw ? (kind === "plate" ? normalizePlate(raw) : normalizePhone(raw)) : null;
    return key && normalized ? { hash: hashWithKey(key, kind, normalized), hint: hintOf(normalized) } : null;
  };
  await prisma.violenceReport.createMany({
    data: REPORTS.map((report) => {
      const plate = hashed("plate", report.plate);
      const phone = hashed("phone", report.phone);
      return {
        occurredOn: dateOnly(addDays(today, -report.days)),
        timeFrom: "22:00",
        timeTo: "23:30",
        area: report.area,
        types: report.types as never,
        aggressorDescription: report.aggressor,
        vehicleDescription: report.vehicle ?? null,
        plateHash: plate?.hash ?? null,
        plateHint: plate?.hint ?? null,
        phoneHash: phone?.hash ?? null,
        phoneHint: phone?.hint ?? null,
        reportedToPolice: report.police ?? false,
        thirdPartyReport: !report.police,
        consentToShare: report.shared,
        createdById: options.staffIds[0] ?? null,
      };
    }),
  });
}
