"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { importParticipantsAction, importTalliesAction, previewParticipantImportAction, previewTallyImportAction } from "@/lib/import/actions";

const refresh = () => {
  revalidatePath("/settings/import");
  revalidatePath("/reports");
};

export const previewParticipantImport = defineAction(previewParticipantImportAction);
export const importParticipants = defineAction(importParticipantsAction, () => {
  refresh();
  revalidatePath("/participants");
});
export const previewTallyImport = defineAction(previewTallyImportAction);
export const importTallies = defineAction(importTalliesAction, refresh);
