// Two years of community programs (seeds 001, 002, 004; the span in history-span.ts): about two
// workshops a month during the drop-in nights, with attendance from those nights' visits; 15 peer
// volunteers across the three tiers of the supportive employment ladder with trainings, shifts and honoraria, and a monthly
// volunteer committee; 25 outreach venues visited weekly, a few of them overdue today, with the
// supplies handed out taken from the stock ledger.
import type { PrismaClient } from "../../../lib/generated/prisma/client.ts";
import { addDays, dateOnly, isoDate, isoWeekday, nightDateOf } from "../../../lib/nights/local-date.ts";
import { localTimeToUtc } from "../../../lib/nights/zoned-time.ts";
import { seededRandom, type Random } from "./random.ts";
import { createVolunteer } from "../factories.ts";
import { HISTORY_DAYS, HISTORY_YEARS } from "./history-span.ts";

type Options = { today: Date; timeZone: string };

const WORKSHOPS: [string, string, string, string, string][] = [
  ["HEALTH", "Santé sexuelle : dépistage et PrEP", "Sexual health: testing and PrEP", "Infirmière", "Clinique de santé sexuelle du Village"],
  ["POLICE_LEGAL_RIGHTS", "Vos droits face à la police", "Your rights with the police", "Me Gagnon", "Clinique juridique communautaire"],
  ["HOUSING_TENANT_RIGHTS", "Droits des locataires et bail", "Tenant rights and leases", "Marc-André", "Comité logement du quartier"],
  ["STRESS_COPING", "Gérer le stress : jeux de rôle", "Coping with stress: role play", "Sophie", "Centre de crise de l'Est"],
  ["HUMAN_RIGHTS", "Travail du sexe et droits de la personne", "Sex work and human rights", "Jade", "Collectif de travailleuses et travailleurs du sexe"],
  ["OCCUPATIONAL_HEALTH_SAFETY", "Santé et sécurité au travail du sexe", "Occupational health and safety in sex work", "Alexis", "Collectif de travailleuses et travailleurs du sexe"],
  ["VIOLENCE_PREVENTION", "Reconnaître et éviter les mauvais clients", "Recognising and avoiding bad dates", "Kim", "Projet de prévention de la violence"],
  ["OVERDOSE_PREVENTION", "Prévenir les surdoses : la naloxone", "Preventing overdoses: naloxone", "Intervenant de proximité", "Service de consommation supervisée"],
  ["BOOKKEEPING", "Tenir ses comptes et faire ses impôts", "Bookkeeping and filing taxes", "Nadia", "Comptoir d'impôts bénévole"],
  ["HEALTH", "Hépatites A, B et C : vaccins et traitements", "Hepatitis A, B and C: vaccines and treatment", "Dr Tremblay", "Unité mobile de santé"],
  ["POLICE_LEGAL_RIGHTS", "Casier judiciaire et pardon", "Criminal records and pardons", "Me Roy", "Aide juridique du quartier"],
  ["OTHER", "Écrire son CV", "Writing a résumé", "Lucie", "Carrefour jeunesse-emploi"],
];

const VENUES: [string, string, string, number, boolean][] = [
  ["Coin Sainte-Catherine et Amherst", "STREET_AREA", "Village, rue Sainte-Catherine Est", 2, false],
  ["Parc des Faubourgs", "STREET_AREA", "Centre-Sud, près du pont", 2, false],
  ["Rue Ontario Est", "STREET_AREA", "Centre-Sud, entre Papineau et De Lorimier", 1, false],
  ["Square Berri", "STREET_AREA", "Quartier latin", 1, false],
  ["Ruelle Wolfe", "STREET_AREA", "Village, ruelles derrière la rue Sainte-Catherine", 1, false],
  ["Bar Le Stud", "BAR", "Village", 1, true],
  ["Bar L'Aigle", "BAR", "Village", 1, true],
  ["Bar Le Cocktail", "BAR", "Village", 1, false],
  ["Taverne du Centre-Sud", "BAR", "Centre-Sud", 1, true],
  ["Bar Le Normandie", "BAR", "Plateau, est", 1, false],
  ["Peep-show Cinéma Onyx", "PEEP_SHOW", "Village", 2, true],
  ["Peep-show L'Express", "PEEP_SHOW", "Rue Sainte-Catherine Est", 1, true],
  ["Cabines Le Sauna", "PEEP_SHOW", "Centre-ville, est", 1, false],
  ["Club Campus", "STRIP_CLUB", "Village", 1, true],
  ["Club Stock Bar", "STRIP_CLUB", "Village", 1, true],
  ["Club Le Taboo", "STRIP_CLUB", "Centre-ville", 1, false],
  ["Hôtel du Faubourg", "HOURLY_HOTEL", "Centre-Sud", 1, true],
  ["Motel Le Voyageur", "HOURLY_HOTEL", "Rue Ontario Est", 1, false],
  ["Hôtel de la Gare", "HOURLY_HOTEL", "Près de la gare d'autocars", 1, true],
  ["Auberge Saint-André", "HOURLY_HOTEL", "Village, rue Saint-André", 1, false],
  ["Annonces en ligne", "ONLINE", "Sites d'annonces et réseaux sociaux", 1, false],
  ["Groupe Facebook de la halte", "ONLINE", "Messagerie de la page de la halte", 1, false],
  ["Visites à domicile — secteur Hochelaga", "HOME_VISIT", "Hochelaga (secteur seulement)", 1, false],
  ["Visites à domicile — secteur Verdun", "HOME_VISIT", "Verdun (secteur seulement)", 1, false],
  ["Parc Émilie-Gamelin", "STREET_AREA", "Quartier latin, métro Berri-UQAM", 1, false],
];
/** Venues left unvisited lately, so the board shows a few overdue (days since the last visit). */
const OVERDUE: Record<string, number> = { "Bar Le Normandie": 10, "Motel Le Voyageur": 15, "Visites à domicile — secteur Verdun": 23 };

const SUGGESTIONS = [
  "Ajouter un repas le vendredi", "Des ateliers sur les impôts en mars", "Plus de bas de laine en hiver",
  "Un coin calme pour se reposer", "Afficher les horaires de l'unité mobile", "Une sortie de groupe cet été",
  "Des rasoirs de meilleure qualité", "Former plus de pairs à la naloxone", "Un atelier sur les droits face à la police",
  "Prolonger l'ouverture jusqu'à 23 h le jeudi", "Des cartes d'information plus discrètes", "Un tableau des offres d'emploi",
];

function workshopDates(random: Random, nightDates: string[], today: string): string[] {
  // About two a month: two of each month's drop-in nights, never the same evening.
  const byMonth = new Map<string, string[]>();
  for (const date of nightDates) byMonth.set(date.slice(0, 7), [...(byMonth.get(date.slice(0, 7)) ?? []), date]);
  const picked: string[] = [];
  for (const dates of byMonth.values()) {
    const pool = [...dates];
    for (let count = Math.min(pool.length, random.chance(0.2) ? 3 : 2); count > 0; count--) {
      picked.push(pool.splice(random.int(0, pool.length - 1), 1)[0]!);
    }
  }
  // And a few coming up on the next opening evenings (Monday to Thursday).
  let date = addDays(today, 1);
  for (let planned = 0; planned < 3; date = addDays(date, 1)) {
    if (isoWeekday(date) <= 4 && random.chance(0.4)) {
      picked.push(date);
      planned++;
    }
  }
  return picked.sort();
}

export async function seedCommunityPrograms(prisma: PrismaClient, options: Options) {
  const random = seededRandom(7070);
  const today = nightDateOf(options.today, options.timeZone);
  const staff = await prisma.user.findMany({ where: { role: { in: ["STAFF", "COORDINATOR"] }, disabled: false }, select: { id: true }, orderBy: { username: "asc" } });
  const staffIds = staff.map((user) => user.id);
  const creatorId = staffIds[0] ?? null;

  // ------------------------------------------------------------------------------- workshops
  const nights = await prisma.night.findMany({ where: { date: { lt: dateOnly(today) } }, select: { id: true, date: true }, orderBy: { date: "asc" } });
  const nightOf = new Map(nights.map((night) => [isoDate(night.date), night.id]));
  const visits = await prisma.visit.findMany({ where: { participantId: { not: null } }, select: { nightId: true, participantId: true } });
  const visitorsOf = new Map<string, string[]>();
  for (const visit of visits) visitorsOf.set(visit.nightId, [...(visitorsOf.get(visit.nightId) ?? []), visit.participantId!]);
  const workshopRows = [];
  const attendance = [];
  for (const date of workshopDates(random, [...nightOf.keys()], today)) {
    const [topic, titleFr, titleEn, facilitator, organisation] = random.pick(WORKSHOPS);
    const id = random.uuid();
    const past = date < today;
    const visitors = past ? (visitorsOf.get(nightOf.get(date) ?? "") ?? []) : [];
    const attendees = visitors.filter(() => random.chance(0.4));
    workshopRows.push({
      id,
      titleFr,
      titleEn,
      descriptionFr: `Atelier animé par ${facilitator} (${organisation}), avec jeux de rôle et période de questions.`,
      descriptionEn: `Workshop led by ${facilitator} (${organisation}), with role play and questions.`,
      topic,
      facilitator,
      facilitatorOrganisation: organisation,
      date: dateOnly(date),
      startTime: "19:00",
      startsAt: localTimeToUtc(date, "19:00", options.timeZone),
      anonymousCount: past ? random.int(0, 3) : 0,
      feedbackScore: past && random.chance(0.85) ? random.int(3, 5) : null,
      feedbackNote: past && random.chance(0.3) ? random.pick(["Très apprécié, à refaire.", "Les jeux de rôle ont aidé.", "Trop court, beaucoup de questions.", "Salle trop bruyante."]) : null,
      createdById: creatorId,
    });
    for (const participantId of attendees) attendance.push({ workshopId: id, participantId });
  }
  await prisma.workshop.createMany({ data: workshopRows as never });
  await prisma.workshopAttendance.createMany({ data: attendance, skipDuplicates: true });

  // ------------------------------------------------------------------------------ volunteers
  const regulars = await prisma.participant.findMany({
    where: { lastVisitDate: { gte: dateOnly(addDays(today, -60)) } },
    select: { id: true, _count: { select: { visits: true } } },
    orderBy: [{ visits: { _count: "desc" } }, { code: "asc" }],
    take: 15,
  });
  const tiers = ["EMPLOYMENT_SUPPORT", "EMPLOYMENT_SUPPORT", "EMPLOYMENT_SUPPORT", "SAFETY_PATROL", "SAFETY_PATROL", "SAFETY_PATROL", "SAFETY_PATROL"];
  const tierChanges = [];
  const trainings = [];
  const shifts = [];
  const volunteerIds: string[] = [];
  for (const [index, participant] of regulars.entries()) {
    const id = random.uuid();
    const target = tiers[index] ?? "PEER_VOLUNTEER";
    const consentOn = addDays(today, -random.int(120, HISTORY_DAYS - 30));
    const history: [string, string][] = [["PEER_VOLUNTEER", consentOn]];
    if (target !== "PEER_VOLUNTEER") history.push(["SAFETY_PATROL", addDays(consentOn, random.int(40, 80))]);
    if (target === "EMPLOYMENT_SUPPORT") history.push(["EMPLOYMENT_SUPPORT", addDays(history[1]![1], random.int(30, 60))]);
    await createVolunteer(prisma, { id, participantId: participant.id, consentOn: dateOnly(consentOn), tier: target as never, active: index !== 14, createdById: creatorId });
    volunteerIds.push(id);
    for (const [tier, changedOn] of history) tierChanges.push({ volunteerId: id, tier, changedOn: dateOnly(changedOn), recordedById: creatorId });
    trainings.push({ volunteerId: id, kind: "NALOXONE", takenOn: dateOnly(addDays(consentOn, 7)), expiresOn: dateOnly(addDays(consentOn, 7 + 730)) });
    if (target !== "PEER_VOLUNTEER") {
      trainings.push({ volunteerId: id, kind: "CRISIS_INTERVENTION", takenOn: dateOnly(addDays(history[1]![1], -10)), expiresOn: null });
      trainings.push({ volunteerId: id, kind: "SELF_DEFENCE", takenOn: dateOnly(addDays(history[1]![1], -5)), expiresOn: null });
    }
    // One patroller's first-aid card runs out in twelve days: the home page's "trainings expiring"
    // always has a line on the demo (no draw from `random`, so the rest of the demo is unchanged).
    if (index === 3) trainings.push({ volunteerId: id, kind: "OTHER", label: "Premiers soins", takenOn: dateOnly(addDays(today, -(3 * 365 - 12))), expiresOn: dateOnly(addDays(today, 12)) });
    if (random.chance(0.5)) trainings.push({ volunteerId: id, kind: "FOOD_SAFETY", takenOn: dateOnly(addDays(consentOn, -400)), expiresOn: dateOnly(addDays(consentOn, random.int(-30, 300))) });
    // Shifts from consent on: about one a week, more on the patrol.
    const lastDay = index === 14 ? addDays(consentOn, 60) : addDays(today, -1);
    for (let date = addDays(consentOn, random.int(1, 6)); date <= lastDay; date = addDays(date, random.int(4, 10))) {
      const tierNow = [...history].reverse().find(([, from]) => from <= date)?.[0] ?? "PEER_VOLUNTEER";
      const activity = tierNow === "PEER_VOLUNTEER"
        ? random.pick(["MEAL_PREPARATION", "MEAL_PREPARATION", "CLEANING", "NEEDLE_CLEAN_UP", "SOCIAL_EVENT"])
        : random.pick(["SAFETY_PATROL", "SAFETY_PATROL", "NEEDLE_CLEAN_UP", "MEAL_PREPARATION"]);
      const minutes = random.pick([90, 120, 150, 180, 240]);
      // Honoraria: $10 an hour for peer volunteers, $15 on the patrol and beyond.
      const rate = tierNow === "PEER_VOLUNTEER" ? 1000 : 1500;
      shifts.push({ volunteerId: id, date: dateOnly(date), activity, minutes, honorariumCents: Math.round((rate * minutes) / 60), recordedById: creatorId });
    }
  }
  await prisma.volunteerTierChange.createMany({ data: tierChanges as never });
  await prisma.volunteerTraining.createMany({ data: trainings as never });
  await prisma.volunteerShift.createMany({ data: shifts as never });
  // The demo peer account belongs to one of the safety patrol volunteers.
  const pair = await prisma.user.findUnique({ where: { username: "pair" }, select: { id: true } });
  if (pair && volunteerIds[4]) await prisma.user.update({ where: { id: pair.id }, data: { volunteerId: volunteerIds[4] } });

  // Committee: a meeting a month with what became of each suggestion.
  for (let month = Math.floor(HISTORY_DAYS / 30) - 1; month >= 0; month--) {
    const heldOn = addDays(today, -month * 30 - random.int(2, 6));
    const old = month > 1;
    await prisma.committeeMeeting.create({
      data: {
        heldOn: dateOnly(heldOn),
        attendees: random.int(4, 9),
        createdById: creatorId,
        suggestions: {
          create: Array.from({ length: random.int(1, 3) }, () => {
            const status = old ? random.pick(["ADOPTED", "ADOPTED", "DECLINED", "IN_PROGRESS"] as const) : random.pick(["OPEN", "IN_PROGRESS"] as const);
            return {
              text: random.pick(SUGGESTIONS),
              status,
              outcome: status === "ADOPTED" ? "Mis en place." : status === "DECLINED" ? "Pas possible avec le budget actuel." : status === "IN_PROGRESS" ? "En discussion avec la coordination." : null,
            };
          }),
        },
      },
    });
  }

  // -------------------------------------------------------------------------------- outreach
  const firstDay = addDays(today, -HISTORY_DAYS);
  const venues = VENUES.map(([name, type, area, weeklyTarget, serviceAgreement]) => ({
    id: random.uuid(),
    name,
    type,
    area,
    weeklyTarget,
    serviceAgreement,
    createdAt: localTimeToUtc(firstDay, "09:00", options.timeZone),
  }));
  await prisma.venue.createMany({ data: venues as never });
  const items = await prisma.catalogueItem.findMany({ where: { key: { in: ["condoms", "lube", "needles", "juice", "granola-bar", "safer-sex-pamphlet"] } }, select: { id: true, key: true } });
  const outreachShifts = [];
  const shiftStaff = [];
  const contacts = [];
  const supplies: { id: string; contactId: string; itemId: string; quantity: number; movementId: string; occurredAt: Date }[] = [];
  // Outreach runs Monday to Thursday afternoons, every week but the holidays.
  for (let week = addDays(firstDay, 1 - isoWeekday(firstDay)); week <= today; week = addDays(week, 7)) {
    const days = [0, 1, 2, 3].map((offset) => addDays(week, offset)).filter((date) => date <= today && date >= firstDay && !(date.slice(5) >= "12-24" || date.slice(5) <= "01-02"));
    if (days.length === 0) continue;
    const shiftOf = new Map<string, string>();
    for (const date of days) {
      const id = random.uuid();
      shiftOf.set(date, id);
      outreachShifts.push({ id, date: dateOnly(date), startTime: "14:00", endTime: random.pick(["17:00", "17:30", "18:00"]), createdById: creatorId });
      const team = random.chance(0.5) ? staffIds : [random.pick(staffIds)];
      for (const userId of team) shiftStaff.push({ shiftId: id, userId });
    }
    for (const venue of venues) {
      const lateBy = OVERDUE[venue.name];
      // As many different afternoons as the venue's weekly target.
      const pool = [...days];
      const chosen: string[] = [];
      while (chosen.length < venue.weeklyTarget && pool.length > 0) chosen.push(pool.splice(random.int(0, pool.length - 1), 1)[0]!);
      for (const date of chosen) {
        if (lateBy !== undefined && date > addDays(today, -lateBy)) continue;
        if (lateBy === undefined && random.chance(0.05)) continue; // a missed week now and then
        const id = random.uuid();
        const peopleMet = venue.type === "ONLINE" ? random.int(1, 6) : random.poisson(venue.type === "STREET_AREA" ? 5 : 3);
        const newContacts = Math.min(peopleMet, random.poisson(0.6));
        contacts.push({
          id,
          shiftId: shiftOf.get(date)!,
          venueId: venue.id,
          date: dateOnly(date),
          peopleMet,
          newContacts,
          cardsGiven: venue.type === "ONLINE" ? 0 : Math.min(peopleMet + 2, random.poisson(2)),
          referrals: random.chance(0.15) ? 1 : 0,
        });
        if (peopleMet > 0 && venue.type !== "ONLINE") {
          for (const item of items) {
            if (!random.chance(item.key === "condoms" ? 0.9 : 0.3)) continue;
            const quantity = item.key === "condoms" ? random.int(5, 20) : random.int(1, 4);
            supplies.push({ id: random.uuid(), contactId: id, itemId: item.id, quantity, movementId: random.uuid(), occurredAt: localTimeToUtc(date, "14:00", options.timeZone) });
          }
        }
      }
    }
  }
  await prisma.outreachShift.createMany({ data: outreachShifts });
  await prisma.outreachShiftStaff.createMany({ data: shiftStaff });
  for (let start = 0; start < contacts.length; start += 2000) await prisma.outreachContact.createMany({ data: contacts.slice(start, start + 2000) });

  // What went out on the street was bought for it: one purchase per item at the start of each
  // year of the history, then one DISTRIBUTED movement per line, so the shelves at the centre
  // stay as they are and each year's report counts its own purchases.
  const yearStarts = Array.from({ length: Math.ceil(HISTORY_YEARS) }, (_, year) => localTimeToUtc(addDays(firstDay, year * 365), "10:00", options.timeZone));
  const bought = new Map<string, number>();
  for (const supply of supplies) {
    const year = yearStarts.findLastIndex((start) => start <= supply.occurredAt);
    bought.set(`${supply.itemId} ${year}`, (bought.get(`${supply.itemId} ${year}`) ?? 0) + supply.quantity);
  }
  const receipts = items.flatMap((item) =>
    yearStarts.map((occurredAt, year) => ({ itemId: item.id, size: "", kind: "PURCHASED" as const, quantity: bought.get(`${item.id} ${year}`) ?? 0, reason: "outreach", occurredAt, recordedById: creatorId })),
  ).filter((receipt) => receipt.quantity > 0);
  await prisma.stockMovement.createMany({ data: receipts });
  for (let start = 0; start < supplies.length; start += 2000) {
    const batch = supplies.slice(start, start + 2000);
    await prisma.stockMovement.createMany({
      data: batch.map((supply) => ({ id: supply.movementId, itemId: supply.itemId, size: "", kind: "DISTRIBUTED" as const, quantity: -supply.quantity, reason: "outreach", occurredAt: supply.occurredAt, recordedById: creatorId })),
    });
    await prisma.outreachSupply.createMany({ data: batch.map(({ occurredAt: _occurredAt, ...supply }) => ({ ...supply, size: "" })) });
  }
}
