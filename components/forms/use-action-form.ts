"use client";

import { useState } from "react";
import { get, useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import type { AnyAction, DataOf, SchemaOf } from "@/lib/actions/action-types";
import { translateIssue } from "@/lib/actions/translate-issues";
import { byKey } from "@/lib/i18n/by-key";

/** The fields of the action's form: its schema's input. */
type Values<A extends AnyAction> = z.input<SchemaOf<A>> extends infer V extends FieldValues ? V : never;

/**
 * react-hook-form with the action's own zod schema on the client, then the server action, whose
 * field errors land on the same fields. The server's answer is the one that counts. Everything is
 * inferred from the action: `schema` must be the one it was defined with, the values are its input.
 */
export function useActionForm<A extends AnyAction>(options: {
  action: A;
  schema: SchemaOf<A>;
  defaultValues?: DefaultValues<Values<A>>;
  onSuccess?: (data: DataOf<A>) => void;
  resetOnSuccess?: boolean;
  /** For a create that must not happen twice: each showing of the form sends one submission id
   * (a double click, a retry on a bad connection, send the same one); a new one after success. */
  idempotent?: boolean;
}) {
  const t = useTranslations();
  const [formError, setFormError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [submissionId, setSubmissionId] = useState(() => crypto.randomUUID());
  const form = useForm<Values<A>, unknown, z.output<SchemaOf<A>>>({
    // raw: the action gets what the person typed and parses it itself. Without it the form would
    // send the schema's output (cents, not dollars), which the server would then parse again.
    // zodResolver's overloads cannot be resolved for a schema type still generic here.
    resolver: zodResolver(options.schema as z.ZodType<FieldValues, FieldValues>, undefined, { raw: true }) as unknown as Resolver<Values<A>, unknown, z.output<SchemaOf<A>>>,
    defaultValues: options.defaultValues,
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSuccess(null);
    const result = await options.action(options.idempotent ? { ...(values as object), submissionId } : values);
    if (result.ok) {
      if (options.idempotent) setSubmissionId(crypto.randomUUID());
      setSuccess(result.message ?? null);
      if (options.resetOnSuccess) form.reset();
      options.onSuccess?.(result.data as DataOf<A>);
      return;
    }
    setFormError(result.error);
    for (const [field, message] of Object.entries(result.fieldErrors)) {
      form.setError(field as Path<Values<A>>, { type: "server", message });
    }
  });

  const fieldError = (message?: string) => (message ? translateIssue(message, byKey(t)) : undefined);
  /** The error of a field by its dotted name ("intake.consentScope"), translated. */
  const errorOf = (name: string) => fieldError((get(form.formState.errors, name) as { message?: string } | undefined)?.message);
  return { form, onSubmit, formError, success, fieldError, errorOf };
}
