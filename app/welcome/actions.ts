"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { setUpCentreAction, startDemoAction } from "@/lib/setup/actions";
import { adoptCentreTimeZone } from "@/lib/env";

export const startDemo = defineAction(startDemoAction, () => redirect("/sign-in"));

export const setUpCentre = defineAction(setUpCentreAction, (data) => {
  adoptCentreTimeZone(data.timeZone);
  redirect("/sign-in?set-up=1");
});
