// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// The type of a bound server action, as client components see it. Types only: safe for client
// components (`import type`). A form or a button names the action's own type (`typeof checkIn`),
// so a call with a key the schema does not have, or without one it requires, does not compile.
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";

/** Sent beside the fields by a form whose definition is `idempotent` (docs/decisions/0007). */
export type SubmissionKey = { submissionId?: string };

/** What the action accepts: the schema's input (before coercion: "12,50", "on"), plus the key. */
export type ActionInput<S extends z.ZodType> = z.input<S> extends Record<string, unknown> ? z.input<S> & SubmissionKey : z.input<S>;

declare const schemaOf: unique symbol;

/**
 * A bound action: `defineAction(definition)` and `defineAnsweringAction(definition, answer)` return
 * one. It also names its schema's type (never a value: a server action crosses to the browser as a
 * reference), so that a form's hook can require that very schema (components/forms/use-action-form.ts).
 * `Extra`: keys the schema does not read but an answering action's answer does (the visit whose
 * line tonight's list redraws after a distribution is removed).
 */
export type Action<S extends z.ZodType, R, Extra = unknown> = ((input: ActionInput<S> & Extra) => Promise<ActionResult<R>>) & { readonly [schemaOf]?: S };

/** The schema an action was defined with. */
export type SchemaOf<A> = A extends { readonly [schemaOf]?: infer S extends z.ZodType } ? S : never;

/** Any bound action, whatever its schema: what a hook takes before it infers the rest. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parameter type is contravariant: only `any` accepts every action.
export type AnyAction = (input: any) => Promise<ActionResult<unknown>>;

/** The input and the result data of a bound action. */
export type InputOf<A extends AnyAction> = Parameters<A>[0];
// Distributive: a prop that takes either of two actions gets either one's data.
export type DataOf<A extends AnyAction> = A extends AnyAction ? (Awaited<ReturnType<A>> extends ActionResult<infer R> ? R : never) : never;
