"use client";

import { useState } from "react";
import { get, useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { translateIssue } from "@/lib/actions/translate-issues";

/**
 * react-hook-form with the action's own zod schema on the client, then the server action, whose
 * field errors land on the same fields. The server's answer is the one that counts.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, R>(options: {
  schema: S;
  action: (input: unknown) => Promise<ActionResult<R>>;
  defaultValues?: DefaultValues<z.input<S>>;
  onSuccess?: (data: R) => void;
  resetOnSuccess?: boolean;
  /** For a create that must not happen twice: each showing of the form sends one submission id
   * (a double click, a retry on a bad connection, send the same one); a new one after success. */
  idempotent?: boolean;
}) {
  const t = useTranslations();
  const [formError, setFormError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [submissionId, setSubmissionId] = useState(() => crypto.randomUUID());
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    // raw: the action gets what the person typed and parses it itself. Without it the form would
    // send the schema's output (cents, not dollars), which the server would then parse again.
    resolver: zodResolver(options.schema as never, undefined, { raw: true }) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: options.defaultValues,
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSuccess(null);
    const result = await options.action(options.idempotent ? { ...values, submissionId } : values);
    if (result.ok) {
      if (options.idempotent) setSubmissionId(crypto.randomUUID());
      setSuccess(result.message ?? null);
      if (options.resetOnSuccess) form.reset();
      options.onSuccess?.(result.data);
      return;
    }
    setFormError(result.error);
    for (const [field, message] of Object.entries(result.fieldErrors)) {
      form.setError(field as Path<z.input<S>>, { type: "server", message });
    }
  });

  const fieldError = (message?: string) => (message ? translateIssue(message, (key) => t(key as never)) : undefined);
  /** The error of a field by its dotted name ("intake.consentScope"), translated. */
  const errorOf = (name: string) => fieldError((get(form.formState.errors, name) as { message?: string } | undefined)?.message);
  return { form, onSubmit, formError, success, fieldError, errorOf };
}
