// The demo directory (fictional organisations in Montreal-like domains) and two years of
// referrals with realistic outcomes: most housing and health referrals connect, some do not.
import type { PrismaClient } from "../../../lib/generated/prisma/client.ts";
import { addDays, dateOnly, nightDateOf } from "../../../lib/nights/local-date.ts";
import { seededRandom } from "./random.ts";

type Domain = "ADDICTION" | "HOUSING" | "PHYSICAL_HEALTH" | "MENTAL_HEALTH" | "EMPLOYMENT_OR_EXIT" | "LEGAL" | "INCOME_AND_ID" | "OTHER";

const KINDS: [string, Domain[]][] = [
  ["Refuge", ["HOUSING"]], ["Maison d'hébergement", ["HOUSING"]], ["Logement d'abord", ["HOUSING", "INCOME_AND_ID"]],
  ["Clinique communautaire", ["PHYSICAL_HEALTH", "MENTAL_HEALTH"]], ["Centre de santé sexuelle", ["PHYSICAL_HEALTH"]],
  ["Centre de crise", ["MENTAL_HEALTH"]], ["Service de consommation supervisée", ["ADDICTION", "PHYSICAL_HEALTH"]],
  ["Centre de réadaptation en dépendance", ["ADDICTION"]], ["Clinique juridique", ["LEGAL"]], ["Aide juridique du quartier", ["LEGAL", "INCOME_AND_ID"]],
  ["Carrefour jeunesse-emploi", ["EMPLOYMENT_OR_EXIT"]], ["Programme de sortie", ["EMPLOYMENT_OR_EXIT", "MENTAL_HEALTH"]],
  ["Comptoir d'impôts", ["INCOME_AND_ID"]], ["Banque alimentaire", ["OTHER"]],
];
const PLACES = ["du Plateau", "Centre-Sud", "Hochelaga", "Villeray", "de Saint-Henri", "Rosemont", "Verdun", "Côte-des-Neiges", "de l'Est", "du Vieux-Port"];

export async function seedCaseManagement(prisma: PrismaClient, options: { today: Date; timeZone: string; staffIds: string[] }) {
  const random = seededRandom(6060);
  const partners: { id: string; domains: Domain[] }[] = [];
  const names = new Set<string>();
  while (partners.length < 40) {
    const [kind, domains] = random.pick(KINDS);
    const name = `${kind} ${random.pick(PLACES)}`;
    if (names.has(name)) continue;
    names.add(name);
    const created = await prisma.partnerOrganisation.create({
      data: {
        name,
        domains,
        phone: `514-555-${String(random.int(1000, 9999))}`,
        hours: random.pick(["lun-ven 9 h-17 h", "24 h sur 24", "mar-sam 10 h-18 h", "sur rendez-vous"]),
        languages: random.chance(0.6) ? ["fr", "en"] : random.chance(0.5) ? ["fr"] : ["fr", "en", "es"],
        publicAddress: random.chance(0.5) ? `${random.int(100, 9000)}, rue ${random.pick(["Ontario", "Sainte-Catherine", "Saint-Denis", "Wellington", "Notre-Dame"])}` : null,
        respectful: random.chance(0.6),
        notes: random.chance(0.3) ? random.pick(["Demander l'intervenante de garde.", "Accepte sans carte d'assurance maladie.", "Liste d'attente de 2 semaines."]) : null,
      },
      select: { id: true },
    });
    partners.push({ id: created.id, domains });
  }

  const participants = await prisma.participant.findMany({ where: { lastVisitDate: { not: null } }, select: { id: true, firstVisitDate: true }, orderBy: { code: "asc" } });
  const today = nightDateOf(options.today, options.timeZone);
  const daysSince = (first: Date | null) => (first ? Math.max(0, Math.round((dateOnly(today).getTime() - first.getTime()) / 86_400_000)) : 0);
  const domains: Domain[] = ["HOUSING", "HOUSING", "PHYSICAL_HEALTH", "MENTAL_HEALTH", "ADDICTION", "LEGAL", "EMPLOYMENT_OR_EXIT", "INCOME_AND_ID"];
  const rows = [];
  for (const participant of participants) {
    if (!random.chance(0.45)) continue;
    for (let count = random.int(1, 2); count > 0; count--) {
      const domain = random.pick(domains);
      // Any day since the person's first visit.
      const offset = random.int(0, daysSince(participant.firstVisitDate));
      const referredOn = addDays(today, -offset);
      const fitting = partners.filter((partner) => partner.domains.includes(domain));
      const roll = random.next();
      // Older referrals have mostly found their outcome; recent ones are still under way.
      const status = offset < 21 ? (roll < 0.6 ? "REFERRED" : "SUGGESTED") : roll < 0.55 ? "CONNECTED" : roll < 0.7 ? "NOT_CONNECTED" : roll < 0.8 ? "DECLINED" : "REFERRED";
      rows.push({
        participantId: participant.id,
        domain,
        partnerId: fitting.length > 0 && random.chance(0.85) ? random.pick(fitting).id : null,
        referredOn: dateOnly(referredOn),
        followUpOn: status === "REFERRED" || status === "SUGGESTED" ? dateOnly(addDays(referredOn, random.int(7, 30))) : null,
        status,
        accompaniment: random.chance(0.2) ? "DONE" : random.chance(0.2) ? "OFFERED" : "NONE",
        staffId: random.pick(options.staffIds),
        employmentOutcome: domain === "EMPLOYMENT_OR_EXIT" && status === "CONNECTED" ? random.pick(["RESUME_WRITTEN", "JOB_SEARCH", "INTERVIEW_OBTAINED", "EMPLOYED"] as const) : null,
      });
    }
  }
  await prisma.referral.createMany({ data: rows as never });
}
