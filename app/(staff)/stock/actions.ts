"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import {
  countStockAction,
  discardStockAction,
  receiveStockAction,
  removeLimitAction,
  saveItemAction,
  setLimitAction,
} from "@/lib/stock/actions";

// The layout's low-stock badge changes with every movement.
const refresh = () => revalidatePath("/", "layout");

export const receiveStock = defineAction(receiveStockAction, refresh);
export const discardStock = defineAction(discardStockAction, refresh);
export const countStock = defineAction(countStockAction, refresh);
export const setLimit = defineAction(setLimitAction, refresh);
export const removeLimit = defineAction(removeLimitAction, refresh);
export const saveItem = defineAction(saveItemAction, refresh);
