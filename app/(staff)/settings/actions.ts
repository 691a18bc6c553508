"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { updateScheduleAction } from "@/lib/nights/actions";
import { wipeDemoAction } from "@/lib/setup/actions";
import { acknowledgeBackupKeyAction } from "@/lib/backup/actions";

export const updateSchedule = defineAction(updateScheduleAction, () => revalidatePath("/settings"));

// The demo's accounts are gone with it (this session too): the first page comes next.
export const wipeDemo = defineAction(wipeDemoAction, () => redirect("/welcome"));

// Stored off the machine: the key leaves the home and settings pages for good.
export const acknowledgeBackupKey = defineAction(acknowledgeBackupKeyAction, () => {
  revalidatePath("/");
  revalidatePath("/settings");
});
