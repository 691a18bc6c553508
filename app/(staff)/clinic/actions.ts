"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { createSessionAction, giveResultAction, recordEncounterAction, saveVaccineAction, setRecordResultsAction } from "@/lib/clinic/actions";
import { updateMedicalReferralAction } from "@/lib/referrals/actions";

const refresh = () => revalidatePath("/", "layout");

export const createClinicSession = defineAction(createSessionAction, refresh);
export const recordEncounter = defineAction(recordEncounterAction, refresh);
export const giveResult = defineAction(giveResultAction, refresh);
export const saveVaccine = defineAction(saveVaccineAction, refresh);
export const setRecordResults = defineAction(setRecordResultsAction, refresh);
export const updateMedicalReferral = defineAction(updateMedicalReferralAction, () => revalidatePath("/participants", "layout"));
