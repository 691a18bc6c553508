"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { createViolenceReportAction, importSharedListAction } from "@/lib/violence/actions";

export const createViolenceReport = defineAction(createViolenceReportAction, () => revalidatePath("/violence", "layout"));

export const importSharedList = defineAction(importSharedListAction, () => revalidatePath("/violence", "layout"));
