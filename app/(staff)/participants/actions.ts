"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import {
  addRestrictionAction,
  createParticipantAction,
  endRestrictionAction,
  mergeParticipantsAction,
  recordIntakeAction,
  updateParticipantAction,
} from "@/lib/participants/actions";

const refresh = () => revalidatePath("/participants", "layout");

export const createParticipant = defineAction(createParticipantAction, refresh);
export const updateParticipant = defineAction(updateParticipantAction, refresh);
export const recordIntake = defineAction(recordIntakeAction, refresh);
export const addRestriction = defineAction(addRestrictionAction, refresh);
export const endRestriction = defineAction(endRestrictionAction, refresh);
export const mergeParticipants = defineAction(mergeParticipantsAction, refresh);
