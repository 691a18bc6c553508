"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import {
  countStockAction,
  discardStockAction,
  receiveStockAction,
  removeLimitAction,
  saveItemAction,
  saveKitAction,
  setKitActiveAction,
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
// A kit changes no shelf: only the kits page and tonight's buttons show it.
export const saveKit = defineAction(saveKitAction, () => revalidatePath("/stock/kits"));
export const setKitActive = defineAction(setKitActiveAction, () => revalidatePath("/stock/kits"));
