import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";

type Props = { legend: string; options: { value: string; label: string }[]; registration: UseFormRegisterReturn; error?: string };

export function CheckboxGroup({ legend, options, registration, error }: Props) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 font-medium">{legend}</legend>
      <div className="grid gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-11 items-center gap-2 rounded-md border border-stone-200 px-3">
            <input type="checkbox" value={option.value} className="size-5 shrink-0" {...registration} />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError error={error} />
    </fieldset>
  );
}
