"use server";

import { defineAction } from "@/lib/actions/define-action";
import { changeOwnPasswordSchema } from "@/lib/users/schemas";
import { changeOwnPassword } from "@/lib/users/commands";

export const changeMyPassword = defineAction({
  name: "users.change-own-password",
  entity: "User",
  permission: "self:manage",
  schema: changeOwnPasswordSchema,
  run: async ({ tx, session, input }) => {
    await changeOwnPassword(tx, session.userId, input.currentPassword, input.newPassword);
    return { data: undefined, entityId: session.userId, messageKey: "account.passwordChanged" };
  },
});
