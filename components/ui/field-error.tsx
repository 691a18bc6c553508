// A field's own error, under the field: announced through role="alert" and, when the field
// has an id, tied to it by `${fieldId}-error` (see describedBy). One look for every form.
export function FieldError({ fieldId, error }: { fieldId?: string; error?: string | null }) {
  if (!error) return null;
  return (
    <p id={fieldId ? errorId(fieldId) : undefined} role="alert" className="text-sm font-medium text-red-800">
      {error}
    </p>
  );
}

export function errorId(fieldId: string): string {
  return `${fieldId}-error`;
}

export function hintId(fieldId: string): string {
  return `${fieldId}-hint`;
}

/** The aria-describedby of a field with an optional hint and error; undefined when neither shows. */
export function describedBy(fieldId: string, { hint, error }: { hint?: string | null; error?: string | null }): string | undefined {
  const ids = [hint ? hintId(fieldId) : null, error ? errorId(fieldId) : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}
