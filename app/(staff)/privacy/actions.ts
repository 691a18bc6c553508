"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { anonymiseParticipantAction, applyRetentionAction } from "@/lib/participants/actions";

const refresh = () => revalidatePath("/", "layout");

export const anonymiseParticipant = defineAction(anonymiseParticipantAction, refresh);
export const applyRetention = defineAction(applyRetentionAction, refresh);
