import Link from "next/link";
import type { ReactNode } from "react";
import { Panel } from "@/components/ui/panel";

/** One item of the shift's home page: a heading, what the evening needs, and the link to its page. */
export function HomeCard({ id, heading, href, linkLabel, children }: { id: string; heading: string; href: string; linkLabel: string; children: ReactNode }) {
  return (
    <Panel headingId={`home-${id}-heading`} heading={heading} className="flex flex-col" data-testid={`home-${id}`}>
      <div className="flex-1">{children}</div>
      <p className="mt-3">
        <Link href={href} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">{linkLabel}</Link>
      </p>
    </Panel>
  );
}

/** "And 3 more": the list on the page behind the link has them all. */
export function MoreLine({ total, shown, label }: { total: number; shown: number; label: (count: number) => string }) {
  return total > shown ? <p className="mt-1 text-sm text-stone-700">{label(total - shown)}</p> : null;
}

export function Quiet({ children }: { children: ReactNode }) {
  return <p className="text-stone-700">{children}</p>;
}
