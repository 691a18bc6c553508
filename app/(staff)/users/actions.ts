"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { changeRoleSchema, newUserSchema, resetPasswordSchema, setDisabledSchema } from "@/lib/users/schemas";
import { changeRole, createStaffAccount, resetPassword, setDisabled } from "@/lib/users/commands";

export const createUser = defineAction({
  name: "users.create",
  entity: "User",
  permission: "users:manage",
  schema: newUserSchema,
  run: async ({ tx, input }) => {
    const id = await createStaffAccount(tx, input);
    revalidatePath("/users");
    return { data: { id }, entityId: id, messageKey: "users.created" };
  },
});

export const changeUserRole = defineAction({
  name: "users.change-role",
  entity: "User",
  permission: "users:manage",
  schema: changeRoleSchema,
  run: async ({ tx, input }) => {
    await changeRole(tx, input.userId, input.role);
    revalidatePath("/users");
    return { data: undefined, entityId: input.userId, messageKey: "users.saved" };
  },
});

export const setUserDisabled = defineAction({
  name: "users.set-disabled",
  entity: "User",
  permission: "users:manage",
  schema: setDisabledSchema,
  run: async ({ tx, input, now }) => {
    await setDisabled(tx, input.userId, input.disabled, now);
    revalidatePath("/users");
    return { data: undefined, entityId: input.userId, messageKey: input.disabled ? "users.disabledDone" : "users.enabledDone" };
  },
});

export const resetUserPassword = defineAction({
  name: "users.reset-password",
  entity: "User",
  permission: "users:manage",
  schema: resetPasswordSchema,
  run: async ({ tx, input, now }) => {
    await resetPassword(tx, input.userId, input.password, now);
    return { data: undefined, entityId: input.userId, messageKey: "users.passwordReset" };
  },
});
