"use server";

import { defineAction } from "@/lib/actions/define-action";
import { changeOwnPasswordAction } from "@/lib/users/actions";

export const changeMyPassword = defineAction(changeOwnPasswordAction);
