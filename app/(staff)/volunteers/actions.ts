"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import {
  addTrainingAction,
  changeTierAction,
  createMeetingAction,
  createVolunteerAction,
  linkAccountAction,
  recordShiftAction,
  setVolunteerActiveAction,
  updateSuggestionAction,
} from "@/lib/programs/actions";

const refresh = () => revalidatePath("/volunteers", "layout");

export const createVolunteer = defineAction(createVolunteerAction, refresh);
export const changeTier = defineAction(changeTierAction, refresh);
export const addTraining = defineAction(addTrainingAction, refresh);
export const recordShift = defineAction(recordShiftAction, refresh);
export const linkAccount = defineAction(linkAccountAction, refresh);
export const setVolunteerActive = defineAction(setVolunteerActiveAction, refresh);
export const createMeeting = defineAction(createMeetingAction, refresh);
export const updateSuggestion = defineAction(updateSuggestionAction, refresh);
