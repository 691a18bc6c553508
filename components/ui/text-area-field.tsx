import type { TextareaHTMLAttributes } from "react";
import { FieldError, describedBy, hintId } from "@/components/ui/field-error";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; error?: string; hint?: string; name: string };

// The multi-line twin of TextField: same label, hint and error wiring.
export function TextAreaField({ label, error, hint, id, name, rows = 3, ...area }: Props) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="font-medium">{label}</label>
      {hint ? <p id={hintId(fieldId)} className="text-sm text-stone-600">{hint}</p> : null}
      <textarea
        id={fieldId}
        name={name}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, { hint, error })}
        className="rounded-md border border-stone-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700"
        {...area}
      />
      <FieldError fieldId={fieldId} error={error} />
    </div>
  );
}
