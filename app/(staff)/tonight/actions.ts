"use server";

import { revalidatePath } from "next/cache";
import { defineAction, defineAnsweringAction } from "@/lib/actions/define-action";
import { tonightState } from "@/lib/visits/tonight-state";
import { addToShiftAction, closeNightAction, openNightAction, removeFromShiftAction } from "@/lib/nights/actions";
import {
  addDistributionAction,
  anonymousVisitAction,
  checkInAction,
  checkOutAction,
  removeDistributionAction,
  setServiceAction,
} from "@/lib/visits/actions";
import { createParticipantAction } from "@/lib/participants/actions";

const refresh = () => revalidatePath("/tonight");
// The desk's actions answer with tonight's list itself: the screen updates from that answer,
// in one round trip and without rendering the page again (issue 16 part 4).
const answer = tonightState;

export const openNight = defineAction(openNightAction, refresh);
export const closeNight = defineAction(closeNightAction, refresh);
export const checkIn = defineAnsweringAction(checkInAction, answer);
export const countAnonymousVisit = defineAnsweringAction(anonymousVisitAction, answer);
export const checkOut = defineAnsweringAction(checkOutAction, answer);
export const setService = defineAnsweringAction(setServiceAction, answer);
export const addDistribution = defineAnsweringAction(addDistributionAction, answer);
export const removeDistribution = defineAnsweringAction(removeDistributionAction, answer);
export const registerAndCheckIn = defineAnsweringAction(createParticipantAction, answer);
export const addToShift = defineAction(addToShiftAction, refresh);
export const removeFromShift = defineAction(removeFromShiftAction, refresh);
