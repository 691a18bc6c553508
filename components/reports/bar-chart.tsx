// A bar chart drawn on the server as plain SVG: no chart library, no client JavaScript, prints
// as crisply as the text around it. Each bar may have a target (a budget) drawn as a tick.
type Bar = { label: string; value: number; target?: number | null; valueText: string };

export function BarChart({ title, bars, description }: { title: string; bars: Bar[]; description?: string }) {
  const max = Math.max(1, ...bars.map((bar) => Math.max(bar.value, bar.target ?? 0)));
  const rowHeight = 28;
  const labelWidth = 200;
  const chartWidth = 420;
  const height = bars.length * rowHeight + 8;
  return (
    <figure className="my-4 break-inside-avoid">
      <figcaption className="mb-2 font-medium">{title}</figcaption>
      <svg role="img" aria-label={description ?? title} viewBox={`0 0 ${labelWidth + chartWidth + 120} ${height}`} className="w-full max-w-3xl">
        {bars.map((bar, index) => {
          const y = index * rowHeight + 4;
          const width = (bar.value / max) * chartWidth;
          const over = bar.target != null && bar.value > bar.target;
          return (
            <g key={bar.label}>
              <text x={labelWidth - 8} y={y + 17} textAnchor="end" className="fill-stone-800 text-[13px]">{bar.label}</text>
              <rect x={labelWidth} y={y + 4} width={Math.max(width, bar.value > 0 ? 2 : 0)} height={rowHeight - 10} className={over ? "fill-red-700" : "fill-brand-700"} />
              {bar.target != null ? (
                <line x1={labelWidth + (bar.target / max) * chartWidth} x2={labelWidth + (bar.target / max) * chartWidth} y1={y} y2={y + rowHeight - 2} className="stroke-stone-900" strokeWidth={2} />
              ) : null}
              <text x={labelWidth + width + 6} y={y + 17} className="fill-stone-800 text-[13px]">{bar.valueText}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
