import type { SelectHTMLAttributes } from "react";
import { FieldError, describedBy } from "@/components/ui/field-error";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  error?: string;
  options: { value: string; label: string }[];
};

export function SelectField({ label, error, id, name, options, ...select }: Props) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="font-medium">
        {label}
      </label>
      <select
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, { error })}
        className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2 text-base"
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError fieldId={fieldId} error={error} />
    </div>
  );
}
