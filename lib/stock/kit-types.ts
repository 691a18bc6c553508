import "server-only";
// Client-safe: a kit as the desk's buttons and the kits page show it.
import type { ServiceKind } from "@/lib/visits/service-kinds";

export type KitLine = { itemId: string; size: string; quantity: number; nameFr: string; nameEn: string; itemActive: boolean };
export type KitEntry = { id: string; nameFr: string; nameEn: string; services: ServiceKind[]; active: boolean; items: KitLine[] };
