// docs/roles-and-privacy.md, "Bench": one line per figure, `bench <name> <value> <unit> target <op> <number>`, so
// that a script (or a person) can compare runs by grepping for the name.

export type Target = { op: "<=" | ">=" | "<" | ">"; value: number };

export function benchLine(name: string, value: number, unit: string, target: Target): string {
  return `bench ${name} ${formatValue(value)} ${unit} target ${target.op} ${target.value}`;
}

function formatValue(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2).replace(/0$/, "");
}

/** Nearest-rank percentile: the value below which `p` percent of the samples fall. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error("percentile of no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function meets(value: number, target: Target): boolean {
  switch (target.op) {
    case "<=":
      return value <= target.value;
    case ">=":
      return value >= target.value;
    case "<":
      return value < target.value;
    case ">":
      return value > target.value;
  }
}
