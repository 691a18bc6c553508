import Link from "next/link";
import type { ReactNode } from "react";

/** One item of the shift's home page: a heading, what the evening needs, and the link to its page. */
export function HomeCard({ id, heading, href, linkLabel, children }: { id: string; heading: string; href: string; linkLabel: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`home-${id}-heading`} className="flex flex-col rounded-lg border border-stone-300 bg-white p-4" data-testid={`home-${id}`}>
      <h2 id={`home-${id}-heading`} className="mb-2 text-lg font-semibold">{heading}</h2>
      <div className="flex-1">{children}</div>
      <p className="mt-3">
        <Link href={href} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">{linkLabel}</Link>
      </p>
    </section>
  );
}

/** "And 3 more": the list on the page behind the link has them all. */
export function MoreLine({ total, shown, label }: { total: number; shown: number; label: (count: number) => string }) {
  return total > shown ? <p className="mt-1 text-sm text-stone-700">{label(total - shown)}</p> : null;
}

export function Quiet({ children }: { children: ReactNode }) {
  return <p className="text-stone-700">{children}</p>;
}
