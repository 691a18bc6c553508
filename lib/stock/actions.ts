import "server-only";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import { can } from "@/lib/auth/permissions";
import { applyCount, discardStock, receiveStock, removeLimit, saveItem, setLimit } from "@/lib/stock/commands";
import { saveKit, setKitActive } from "@/lib/stock/kit-commands";
import { kitActiveSchema, kitSchema } from "@/lib/stock/kit-schemas";
import { countSchema, discardSchema, itemSchema, limitSchema, receiveSchema, removeLimitSchema } from "@/lib/stock/schemas";

export const receiveStockAction = {
  name: "stock.receive",
  entity: "CatalogueItem",
  permission: "stock:write",
  schema: receiveSchema,
  run: async ({ tx, session, input, now, locale }) => {
    const movementId = await receiveStock(tx, session, input, now, locale);
    return { data: { movementId }, entityId: input.itemId, messageKey: "stock.received" };
  },
} satisfies ActionDefinition<typeof receiveSchema, { movementId: string }>;

export const discardStockAction = {
  name: "stock.discard",
  entity: "CatalogueItem",
  permission: "stock:write",
  schema: discardSchema,
  run: async ({ tx, session, input, now, locale }) => {
    const movementId = await discardStock(tx, session, input, now, locale);
    return { data: { movementId }, entityId: input.itemId, messageKey: "stock.discarded" };
  },
} satisfies ActionDefinition<typeof discardSchema, { movementId: string }>;

export const countStockAction = {
  name: "stock.count",
  entity: "StockLevel",
  permission: "stock:write",
  schema: countSchema,
  run: async ({ tx, session, input, now }) => {
    const adjustments = await applyCount(tx, session, input, now);
    return { data: { adjustments }, messageKey: "stock.counted" };
  },
} satisfies ActionDefinition<typeof countSchema, { adjustments: number }>;

export const setLimitAction = {
  name: "stock.set-limit",
  entity: "CatalogueItem",
  permission: "stock:write",
  schema: limitSchema,
  run: async ({ tx, input }) => {
    await setLimit(tx, input);
    return { data: undefined, entityId: input.itemId, messageKey: "stock.limitSaved" };
  },
} satisfies ActionDefinition<typeof limitSchema, undefined>;

export const removeLimitAction = {
  name: "stock.remove-limit",
  entity: "CatalogueItem",
  permission: "stock:write",
  schema: removeLimitSchema,
  run: async ({ tx, input }) => {
    await removeLimit(tx, input.itemId);
    return { data: undefined, entityId: input.itemId, messageKey: "stock.limitRemoved" };
  },
} satisfies ActionDefinition<typeof removeLimitSchema, undefined>;

export const saveItemAction = {
  name: "stock.save-item",
  entity: "CatalogueItem",
  permission: "stock:write",
  schema: itemSchema,
  run: async ({ tx, session, input }) => {
    const itemId = await saveItem(tx, input, can(session.role, "costs:write"));
    return { data: { itemId }, entityId: itemId, messageKey: "stock.itemSaved" };
  },
} satisfies ActionDefinition<typeof itemSchema, { itemId: string }>;

// The site's usual kits (issue 16): whoever keeps the catalogue keeps its kits.
export const saveKitAction = {
  name: "stock.save-kit",
  entity: "Kit",
  permission: "stock:write",
  schema: kitSchema,
  run: async ({ tx, session, input, locale }) => {
    const kitId = await saveKit(tx, session, input, locale);
    return { data: { kitId }, entityId: kitId, messageKey: "kits.saved" };
  },
} satisfies ActionDefinition<typeof kitSchema, { kitId: string }>;

export const setKitActiveAction = {
  name: "stock.kit-active",
  entity: "Kit",
  permission: "stock:write",
  schema: kitActiveSchema,
  run: async ({ tx, session, input }) => {
    await setKitActive(tx, session, input);
    return { data: undefined, entityId: input.kitId, messageKey: input.active ? "kits.restored" : "kits.retired" };
  },
} satisfies ActionDefinition<typeof kitActiveSchema, undefined>;
