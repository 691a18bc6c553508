"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { paperSheetAction } from "@/lib/nights/actions";

export const enterPaperSheet = defineAction(paperSheetAction, () => {
  revalidatePath("/tonight");
  revalidatePath("/nights");
});
