"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { changeRoleAction, createUserAction, resetPasswordAction, setDisabledAction } from "@/lib/users/actions";

const refreshList = () => revalidatePath("/users");

export const createUser = defineAction(createUserAction, refreshList);
export const changeUserRole = defineAction(changeRoleAction, refreshList);
export const setUserDisabled = defineAction(setDisabledAction, refreshList);
export const resetUserPassword = defineAction(resetPasswordAction);
