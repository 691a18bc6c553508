"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { createWorkshopAction, saveAttendanceAction } from "@/lib/programs/actions";

export const createWorkshop = defineAction(createWorkshopAction, () => revalidatePath("/workshops"));
export const saveAttendance = defineAction(saveAttendanceAction, () => revalidatePath("/workshops", "layout"));
