"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { createReferralAction, updateReferralAction } from "@/lib/referrals/actions";

const refresh = () => revalidatePath("/", "layout");

export const createReferral = defineAction(createReferralAction, refresh);
export const updateReferral = defineAction(updateReferralAction, refresh);
