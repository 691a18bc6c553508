"use client";

// A count with large − and + buttons (48 px), for one thumb on a phone; the number can be typed too.
export function Stepper({ id, label, value, onChange, min = 0, max = 10_000 }: { id: string; label: string; value: number; onChange: (value: number) => void; min?: number; max?: number }) {
  const set = (next: number) => onChange(Math.min(max, Math.max(min, Number.isFinite(next) ? Math.trunc(next) : min)));
  return (
    <div className="flex items-center justify-between gap-2">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <div className="flex items-center gap-1">
        <button type="button" aria-label={`${label} −1`} onClick={() => set(value - 1)} disabled={value <= min} className="size-12 rounded-md border border-stone-400 bg-white text-2xl font-semibold disabled:text-stone-300">
          −
        </button>
        <input
          id={id}
          inputMode="numeric"
          value={value}
          onChange={(event) => set(Number(event.target.value.replace(/\D/g, "") || "0"))}
          className="h-12 w-16 rounded-md border border-stone-400 bg-white text-center text-lg"
        />
        <button type="button" aria-label={`${label} +1`} onClick={() => set(value + 1)} disabled={value >= max} className="size-12 rounded-md border border-stone-400 bg-white text-2xl font-semibold disabled:text-stone-300">
          +
        </button>
      </div>
    </div>
  );
}
