"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { changeOwnPasswordAction } from "@/lib/users/actions";

/** The same action as on /account; once the one-time password is replaced, the staff shell opens. */
export const chooseMyPassword = defineAction(changeOwnPasswordAction, () => redirect("/"));
