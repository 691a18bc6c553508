import "server-only";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import { addToShift, closeNight, openNight, removeFromShift, type OpenNightResult } from "@/lib/nights/commands";
import { closeNightSchema, openNightSchema, shiftSchema, siteScheduleSchema } from "@/lib/nights/schemas";
import { centreTimeZone } from "@/lib/nights/today";
import { NotFoundError } from "@/lib/errors";

export const openNightAction = {
  name: "nights.open",
  entity: "Night",
  permission: "nights:manage",
  schema: openNightSchema,
  run: async ({ tx, session, now }) => {
    const result = await openNight(tx, session, now, centreTimeZone());
    return { data: result, entityId: result.nightId, messageKey: result.reopened ? "nights.reopened" : "nights.opened" };
  },
} satisfies ActionDefinition<typeof openNightSchema, OpenNightResult>;

export const closeNightAction = {
  name: "nights.close",
  entity: "Night",
  permission: "nights:manage",
  schema: closeNightSchema,
  run: async ({ tx, session, input, now }) => {
    await closeNight(tx, session, input.nightId, input.note, now);
    return { data: { nightId: input.nightId }, entityId: input.nightId, messageKey: "nights.closed" };
  },
} satisfies ActionDefinition<typeof closeNightSchema, { nightId: string }>;

export const addToShiftAction = {
  name: "nights.add-to-shift",
  entity: "Night",
  permission: "nights:manage",
  schema: shiftSchema,
  run: async ({ tx, session, input }) => {
    await addToShift(tx, session, input.nightId, input.userId);
    return { data: undefined, entityId: input.nightId };
  },
} satisfies ActionDefinition<typeof shiftSchema, undefined>;

export const removeFromShiftAction = {
  name: "nights.remove-from-shift",
  entity: "Night",
  permission: "nights:manage",
  schema: shiftSchema,
  run: async ({ tx, session, input }) => {
    await removeFromShift(tx, session, input.nightId, input.userId);
    return { data: undefined, entityId: input.nightId };
  },
} satisfies ActionDefinition<typeof shiftSchema, undefined>;

export const updateScheduleAction = {
  name: "sites.update-schedule",
  entity: "Site",
  permission: "settings:manage",
  schema: siteScheduleSchema,
  run: async ({ tx, input }) => {
    const updated = await tx.site.updateMany({
      where: { id: input.siteId },
      data: { openWeekdays: input.openWeekdays, opensAt: input.opensAt, closesAt: input.closesAt },
    });
    if (updated.count === 0) throw new NotFoundError();
    return { data: undefined, entityId: input.siteId, messageKey: "settings.scheduleSaved" };
  },
} satisfies ActionDefinition<typeof siteScheduleSchema, undefined>;

// A night's paper sheet typed in afterwards (its own file). Listed here so that every night
// action is found in this module, as the fuzzer finds them.
export { paperSheetAction } from "@/lib/nights/paper-sheet";
