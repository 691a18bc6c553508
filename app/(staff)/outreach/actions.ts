"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { addOutreachContactAction, addOutreachSupplyAction, createOutreachShiftAction, saveVenueAction } from "@/lib/programs/actions";

const refresh = () => revalidatePath("/outreach", "layout");

export const saveVenue = defineAction(saveVenueAction, refresh);
export const createOutreachShift = defineAction(createOutreachShiftAction, refresh);
export const addOutreachContact = defineAction(addOutreachContactAction, refresh);
// Supplies come off the shelf: the layout's low-stock badge may change.
export const addOutreachSupply = defineAction(addOutreachSupplyAction, () => revalidatePath("/", "layout"));
