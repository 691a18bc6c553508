import type { TextareaHTMLAttributes } from "react";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; error?: string; hint?: string; name: string };

// The multi-line twin of TextField: same label, hint and error wiring.
export function TextAreaField({ label, error, hint, id, name, rows = 3, ...area }: Props) {
  const fieldId = id ?? `field-${name}`;
  const described = [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="font-medium">{label}</label>
      {hint ? <p id={`${fieldId}-hint`} className="text-sm text-stone-600">{hint}</p> : null}
      <textarea
        id={fieldId}
        name={name}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        className="rounded-md border border-stone-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700"
        {...area}
      />
      {error ? <p id={`${fieldId}-error`} role="alert" className="text-sm font-medium text-red-800">{error}</p> : null}
    </div>
  );
}
