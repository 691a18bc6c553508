"use server";

import { revalidatePath } from "next/cache";
import { defineAction, defineAnsweringAction } from "@/lib/actions/define-action";
import { tonightAnswer } from "@/lib/visits/tonight-state";
import { addToShiftAction, closeNightAction, openNightAction, removeFromShiftAction } from "@/lib/nights/actions";
import {
  addDistributionAction,
  anonymousVisitAction,
  applyKitAction,
  checkInAction,
  checkInByCodeAction,
  checkOutAction,
  removeDistributionAction,
  setServiceAction,
} from "@/lib/visits/actions";
import { createParticipantAction } from "@/lib/participants/actions";
import type { removeDistributionSchema } from "@/lib/visits/schemas";

const refresh = () => revalidatePath("/tonight");
// The desk's actions answer with the visit they changed and the night's counts: the screen
// updates from that answer, in one round trip, without rendering the page again (docs/architecture.md, "The path of a check-in").
const inputVisit = (input: unknown) => (typeof input === "object" && input !== null ? (input as { visitId?: unknown }).visitId : null);
const visitOf = (session: Parameters<typeof tonightAnswer>[0], _data: unknown, input: unknown) => tonightAnswer(session, inputVisit(input), { catalogue: false });
const itemsOf = (session: Parameters<typeof tonightAnswer>[0], _data: unknown, input: unknown) => tonightAnswer(session, inputVisit(input), { catalogue: true });
const inputNight = (input: unknown) => {
  const nightId = typeof input === "object" && input !== null ? (input as { nightId?: unknown }).nightId : undefined;
  return typeof nightId === "string" && /^[0-9a-f-]{36}$/i.test(nightId) ? nightId : undefined;
};
// The check-in succeeded on the input's night, so that night is open.
const created = (session: Parameters<typeof tonightAnswer>[0], data: { visitId: string | null }, input: unknown) =>
  tonightAnswer(session, data.visitId, { catalogue: false, openNightId: inputNight(input) });

export const openNight = defineAction(openNightAction, refresh);
export const closeNight = defineAction(closeNightAction, refresh);
export const checkIn = defineAnsweringAction(checkInAction, created);
export const countAnonymousVisit = defineAnsweringAction(anonymousVisitAction, created);
export const checkOut = defineAnsweringAction(checkOutAction, visitOf);
export const setService = defineAnsweringAction(setServiceAction, visitOf);
export const addDistribution = defineAnsweringAction(addDistributionAction, itemsOf);
export const applyKit = defineAnsweringAction(applyKitAction, itemsOf);
// The client names the visit in the input (the action itself needs only the distribution).
export const removeDistribution = defineAnsweringAction<typeof removeDistributionSchema, undefined, Awaited<ReturnType<typeof itemsOf>>, { visitId: string }>(removeDistributionAction, itemsOf);
export const registerAndCheckIn = defineAnsweringAction(createParticipantAction, created);
export const checkInByCode = defineAnsweringAction(checkInByCodeAction, created);
export const addToShift = defineAction(addToShiftAction, refresh);
export const removeFromShift = defineAction(removeFromShiftAction, refresh);
