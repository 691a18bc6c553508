import "server-only";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { can } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";

export type LimitValues = { item: string; max: number; days: number; received: number };

/**
 * A per-person limit reached: for someone who may pass it, a field error on `overrideReason` that
 * names the item (the desk's limit form asks for the reason from it); for a peer, a plain refusal.
 * One place, so a single distribution and a kit word it the same way.
 */
export function limitRefusal(session: SessionUser, values: LimitValues): DomainError {
  if (!can(session.role, "stock:override-limit")) return new DomainError("errors.limitNoOverride", {}, values);
  return new DomainError("errors.limitReached", { overrideReason: "errors.limitReached" }, values);
}
