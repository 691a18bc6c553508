import "server-only";
// The measures of the base table (lib/reports/release/base-table.ts), named once for the query
// that fills it and the release that reads it. Additive ones are kept per month in their finest
// breakdown; the people ones are counted per exact period.
export const MEASURES = {
  nights: "nights",
  /** Breakdown: ISO weekday "1" to "7". */
  visits: "visits",
  anonymousVisits: "anonymousVisits",
  /** People: distinct participants seen in the period. */
  uniqueParticipants: "uniqueParticipants",
  /** People: participants whose first visit fell in the period. */
  newParticipants: "newParticipants",
  /** Breakdown: service kind. */
  services: "services",
  /** Breakdown: supply category; units given out. */
  supplyUnits: "supplyUnits",
  /** Breakdown: "DOMAIN/STATUS". */
  referrals: "referrals",
  clinicEncounters: "clinicEncounters",
  clinicAnonymous: "clinicAnonymous",
  /** Breakdown: test kind. */
  clinicTests: "clinicTests",
  /** Breakdown: vaccine key, "" for a vaccine typed outside the list. */
  clinicVaccinations: "clinicVaccinations",
  /** Breakdown: topic. */
  workshopsHeld: "workshopsHeld",
  /** Breakdown: topic; registered and anonymous attendance together. */
  workshopAttendance: "workshopAttendance",
  /** People: breakdown tier, volunteers enrolled at the period's end. */
  volunteers: "volunteers",
  outreachPeopleMet: "outreachPeopleMet",
  outreachNewContacts: "outreachNewContacts",
} as const;
