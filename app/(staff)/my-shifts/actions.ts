"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordOwnShiftAction } from "@/lib/programs/actions";

export const recordOwnShift = defineAction(recordOwnShiftAction, () => revalidatePath("/my-shifts"));
