"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { addToShiftAction, closeNightAction, openNightAction, removeFromShiftAction } from "@/lib/nights/actions";
import {
  addDistributionAction,
  anonymousVisitAction,
  checkInAction,
  checkInByCodeAction,
  checkOutAction,
  removeDistributionAction,
  setServiceAction,
} from "@/lib/visits/actions";
import { createParticipantAction } from "@/lib/participants/actions";

const refresh = () => revalidatePath("/tonight");

export const openNight = defineAction(openNightAction, refresh);
export const closeNight = defineAction(closeNightAction, refresh);
export const checkIn = defineAction(checkInAction, refresh);
export const checkInByCode = defineAction(checkInByCodeAction, refresh);
export const countAnonymousVisit = defineAction(anonymousVisitAction, refresh);
export const checkOut = defineAction(checkOutAction, refresh);
export const setService = defineAction(setServiceAction, refresh);
export const addDistribution = defineAction(addDistributionAction, refresh);
export const removeDistribution = defineAction(removeDistributionAction, refresh);
export const registerAndCheckIn = defineAction(createParticipantAction, refresh);
export const addToShift = defineAction(addToShiftAction, refresh);
export const removeFromShift = defineAction(removeFromShiftAction, refresh);
