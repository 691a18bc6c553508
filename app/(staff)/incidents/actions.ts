"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { createIncidentAction, updateIncidentAction } from "@/lib/incidents/actions";

export const createIncident = defineAction(createIncidentAction, () => revalidatePath("/incidents"));
export const updateIncident = defineAction(updateIncidentAction, () => revalidatePath("/incidents"));
