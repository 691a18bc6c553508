"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { savePartnerAction } from "@/lib/directory/actions";

export const savePartner = defineAction(savePartnerAction, () => revalidatePath("/directory", "layout"));
