import type { InputHTMLAttributes } from "react";
import { FieldError, describedBy, hintId } from "@/components/ui/field-error";

type Props = InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string; hint?: string; name: string };

// The error is tied to the input with aria-describedby and announced through role="alert".
export function TextField({ label, error, hint, id, name, ...input }: Props) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId(fieldId)} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      <input
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, { hint, error })}
        className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700"
        {...input}
      />
      <FieldError fieldId={fieldId} error={error} />
    </div>
  );
}
