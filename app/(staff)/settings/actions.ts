"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { updateScheduleAction } from "@/lib/nights/actions";

export const updateSchedule = defineAction(updateScheduleAction, () => revalidatePath("/settings"));
