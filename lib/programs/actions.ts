import "server-only";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import { centreTimeZone } from "@/lib/nights/today";
import { createMeeting, updateSuggestion } from "@/lib/programs/committee";
import { addOutreachContact, addOutreachSupply, createOutreachShift, saveVenue } from "@/lib/programs/outreach";
import { addTraining, changeTier, createVolunteer, linkAccount, recordOwnShift, recordShift, setVolunteerActive } from "@/lib/programs/volunteers";
import { createWorkshop, saveAttendance } from "@/lib/programs/workshops";
import {
  attendanceSchema,
  committeeMeetingSchema,
  linkAccountSchema,
  newVolunteerSchema,
  outreachContactSchema,
  outreachShiftSchema,
  outreachSupplySchema,
  ownShiftSchema,
  setVolunteerActiveSchema,
  shiftSchema,
  suggestionSchema,
  tierChangeSchema,
  trainingSchema,
  venueSchema,
  workshopSchema,
} from "@/lib/programs/schemas";

// ----------------------------------------------------------------------------------- workshops

export const createWorkshopAction = {
  name: "workshops.create",
  idempotent: true,
  entity: "Workshop",
  permission: "programs:write",
  schema: workshopSchema,
  run: async ({ tx, session, input }) => {
    const workshopId = await createWorkshop(tx, session, input, centreTimeZone());
    return { data: { workshopId }, entityId: workshopId, messageKey: "workshops.created" };
  },
} satisfies ActionDefinition<typeof workshopSchema, { workshopId: string }>;

export const saveAttendanceAction = {
  name: "workshops.attendance",
  entity: "Workshop",
  permission: "programs:write",
  schema: attendanceSchema,
  run: async ({ tx, input }) => {
    const total = await saveAttendance(tx, input);
    return { data: { total }, entityId: input.workshopId, messageKey: "workshops.attendanceSaved" };
  },
} satisfies ActionDefinition<typeof attendanceSchema, { total: number }>;

// ---------------------------------------------------------------------------------- volunteers

export const createVolunteerAction = {
  name: "volunteers.create",
  entity: "Volunteer",
  permission: "programs:write",
  schema: newVolunteerSchema,
  run: async ({ tx, session, input }) => {
    const volunteerId = await createVolunteer(tx, session, input);
    return { data: { volunteerId }, entityId: volunteerId, messageKey: "volunteers.created" };
  },
} satisfies ActionDefinition<typeof newVolunteerSchema, { volunteerId: string }>;

export const changeTierAction = {
  name: "volunteers.change-tier",
  entity: "Volunteer",
  permission: "programs:write",
  schema: tierChangeSchema,
  run: async ({ tx, session, input }) => {
    await changeTier(tx, session, input);
    return { data: undefined, entityId: input.volunteerId, messageKey: "volunteers.tierChanged" };
  },
} satisfies ActionDefinition<typeof tierChangeSchema, undefined>;

export const addTrainingAction = {
  name: "volunteers.add-training",
  entity: "Volunteer",
  permission: "programs:write",
  schema: trainingSchema,
  run: async ({ tx, input }) => {
    await addTraining(tx, input);
    return { data: undefined, entityId: input.volunteerId, messageKey: "volunteers.trainingAdded" };
  },
} satisfies ActionDefinition<typeof trainingSchema, undefined>;

export const recordShiftAction = {
  name: "volunteers.record-shift",
  idempotent: true,
  entity: "Volunteer",
  permission: "programs:write",
  schema: shiftSchema,
  run: async ({ tx, session, input }) => {
    const shiftId = await recordShift(tx, session, input);
    return { data: { shiftId }, entityId: input.volunteerId, messageKey: "volunteers.shiftRecorded" };
  },
} satisfies ActionDefinition<typeof shiftSchema, { shiftId: string }>;

export const recordOwnShiftAction = {
  name: "volunteers.record-own-shift",
  idempotent: true,
  entity: "VolunteerShift",
  permission: "programs:own-shifts",
  schema: ownShiftSchema,
  run: async ({ tx, session, input }) => {
    const shiftId = await recordOwnShift(tx, session, input);
    return { data: { shiftId }, entityId: shiftId, messageKey: "volunteers.shiftRecorded" };
  },
} satisfies ActionDefinition<typeof ownShiftSchema, { shiftId: string }>;

/** Linking a sign-in account is an account matter: the coordinator's. */
export const linkAccountAction = {
  name: "volunteers.link-account",
  entity: "Volunteer",
  permission: "users:manage",
  schema: linkAccountSchema,
  run: async ({ tx, input }) => {
    await linkAccount(tx, input);
    return { data: undefined, entityId: input.volunteerId, messageKey: "volunteers.accountLinked" };
  },
} satisfies ActionDefinition<typeof linkAccountSchema, undefined>;

export const setVolunteerActiveAction = {
  name: "volunteers.set-active",
  entity: "Volunteer",
  permission: "programs:write",
  schema: setVolunteerActiveSchema,
  run: async ({ tx, input }) => {
    await setVolunteerActive(tx, input);
    return { data: undefined, entityId: input.volunteerId, messageKey: "volunteers.saved" };
  },
} satisfies ActionDefinition<typeof setVolunteerActiveSchema, undefined>;

export const createMeetingAction = {
  name: "volunteers.committee-meeting",
  entity: "CommitteeMeeting",
  permission: "programs:write",
  schema: committeeMeetingSchema,
  run: async ({ tx, session, input }) => {
    const meetingId = await createMeeting(tx, session, input);
    return { data: { meetingId }, entityId: meetingId, messageKey: "volunteers.meetingRecorded" };
  },
} satisfies ActionDefinition<typeof committeeMeetingSchema, { meetingId: string }>;

export const updateSuggestionAction = {
  name: "volunteers.committee-suggestion",
  entity: "CommitteeSuggestion",
  permission: "programs:write",
  schema: suggestionSchema,
  run: async ({ tx, input }) => {
    await updateSuggestion(tx, input);
    return { data: undefined, entityId: input.suggestionId, messageKey: "volunteers.suggestionSaved" };
  },
} satisfies ActionDefinition<typeof suggestionSchema, undefined>;

// ------------------------------------------------------------------------------------ outreach

export const saveVenueAction = {
  name: "outreach.save-venue",
  entity: "Venue",
  permission: "programs:write",
  schema: venueSchema,
  run: async ({ tx, input }) => {
    const venueId = await saveVenue(tx, input);
    return { data: { venueId }, entityId: venueId, messageKey: "outreach.venueSaved" };
  },
} satisfies ActionDefinition<typeof venueSchema, { venueId: string }>;

export const createOutreachShiftAction = {
  name: "outreach.create-shift",
  idempotent: true,
  entity: "OutreachShift",
  permission: "programs:write",
  schema: outreachShiftSchema,
  run: async ({ tx, session, input }) => {
    const shiftId = await createOutreachShift(tx, session, input);
    return { data: { shiftId }, entityId: shiftId, messageKey: "outreach.shiftCreated" };
  },
} satisfies ActionDefinition<typeof outreachShiftSchema, { shiftId: string }>;

export const addOutreachContactAction = {
  name: "outreach.add-contact",
  entity: "OutreachShift",
  permission: "programs:write",
  schema: outreachContactSchema,
  run: async ({ tx, input }) => {
    const contactId = await addOutreachContact(tx, input);
    return { data: { contactId }, entityId: input.shiftId, messageKey: "outreach.contactAdded" };
  },
} satisfies ActionDefinition<typeof outreachContactSchema, { contactId: string }>;

export const addOutreachSupplyAction = {
  name: "outreach.add-supply",
  entity: "OutreachContact",
  permission: "programs:write",
  schema: outreachSupplySchema,
  run: async ({ tx, session, input, locale }) => {
    const supplyId = await addOutreachSupply(tx, session, input, locale, centreTimeZone());
    return { data: { supplyId }, entityId: input.contactId, messageKey: "outreach.supplyAdded" };
  },
} satisfies ActionDefinition<typeof outreachSupplySchema, { supplyId: string }>;
