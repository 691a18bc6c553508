import type { HTMLAttributes, ReactNode } from "react";

/** The panel's look, for the few places that are not a section with a heading (a list item, a card). */
export const PANEL_CLASS = "rounded-lg border border-stone-300 bg-white p-4";

type Props = HTMLAttributes<HTMLElement> & {
  /** The heading's id; the section is labelled by it, so it is a named region. */
  headingId?: string;
  heading?: ReactNode;
  headingClassName?: string;
  /** 3 where the panel sits under a heading of its own (an import's preview, a shift's venue). */
  headingLevel?: 2 | 3;
  children?: ReactNode;
};

/**
 * A white bordered section with its h2: the heading's id names the section (aria-labelledby), so a
 * screen reader lists it among the page's regions. Without a heading it is only the frame.
 */
export function Panel({ headingId, heading, headingClassName = "mb-3 text-lg font-semibold", headingLevel = 2, className, children, ...section }: Props) {
  const labelled = heading !== undefined && headingId !== undefined;
  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <section aria-labelledby={labelled ? headingId : undefined} className={className ? `${className} ${PANEL_CLASS}` : PANEL_CLASS} {...section}>
      {labelled ? (
        <Heading id={headingId} className={headingClassName}>
          {heading}
        </Heading>
      ) : null}
      {children}
    </section>
  );
}
