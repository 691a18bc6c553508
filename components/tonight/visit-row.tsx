"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { BoardVisit } from "@/lib/visits/queries";
import { formatCode } from "@/lib/participants/code-format";

type Props = {
  visit: BoardVisit;
  open: boolean;
  onToggle: () => void;
  /** Beside the line: a send waiting for the server, or just saved (tonight-board.tsx). */
  state?: React.ReactNode;
  /** The visit's panel, rendered under the line when it is open. */
  children?: React.ReactNode;
};

const mark = "rounded px-1.5 text-xs font-semibold";

/**
 * One line of tonight's list: alias, code, arrival, the services given as small marks and the
 * flags the desk must see (first visit, follow-up due, clinic invite, restriction). The whole
 * line is the button that opens the visit's panel in place, so that 40 visits fit one desk
 * screen and a tablet still has a full-width touch target.
 */
export function VisitRow({ visit, open, onToggle, state, children }: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const name = visit.participant ? visit.participant.alias : t("tonight.anonymousVisitor");
  const arrived = format.dateTime(visit.checkedInAt, { timeStyle: "short" });
  const left = visit.checkedOutAt ? format.dateTime(visit.checkedOutAt, { timeStyle: "short" }) : null;
  const items = visit.items.reduce((sum, item) => sum + item.quantity, 0);

  return (
    <li aria-label={name} className={`rounded-md border ${left ? "" : "bg-white"} ${open ? "col-span-full border-brand-700" : "border-stone-300"} ${left ? "bg-stone-100" : ""}`}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? `visit-panel-${visit.id}` : undefined}
        onClick={onToggle}
        className="flex min-h-11 w-full min-w-0 items-center gap-2 overflow-hidden px-2 py-1 text-left lg:min-h-0 lg:py-0.5 lg:text-sm xl:py-0"
      >
        <span className="min-w-20 flex-1 truncate font-semibold">{name}</span>
        {visit.participant ? <span className="shrink-0 font-mono text-xs text-stone-600">{formatCode(visit.participant.code)}</span> : null}
        <span className="shrink-0 text-xs tabular-nums text-stone-700">
          {arrived}
          {left ? `–${left}` : ""}
        </span>
        {/* One line whatever the marks: the last ones are cut at the edge (the panel has them all). */}
        <span className="flex min-w-0 shrink justify-end gap-0.5 overflow-hidden">
          {visit.services.map((kind) => (
            <Mark key={kind} short={t(`enums.serviceMark.${kind}`)} full={t(`enums.service.${kind}`)} tone="bg-brand-100 text-brand-800" />
          ))}
          {items > 0 ? <Mark short={t("tonight.itemsMark", { count: items })} full={t("tonight.items")} tone="bg-stone-200 text-stone-800" /> : null}
          {visit.firstVisit ? <Mark short={t("tonight.firstVisitMark")} full={t("tonight.firstVisitBadge")} tone="bg-brand-100 text-brand-800" /> : null}
          {visit.followUpDue ? <Mark short={t("tonight.followUpMark")} full={t("referrals.followUpDue")} tone="bg-amber-100 text-amber-900" /> : null}
          {visit.clinicInvite ? <Mark short={t("tonight.clinicMark")} full={t("tonight.clinicInvite")} tone="bg-sky-100 text-sky-900" testId="clinic-invite" /> : null}
          {visit.restricted ? <Mark short={t("tonight.restrictedMark")} full={t("tonight.restricted")} tone="bg-red-100 text-red-900" /> : null}
        </span>
        <span aria-hidden="true" className="shrink-0 text-xs text-stone-600">
          {open ? "▲" : "▼"}
        </span>
      </button>
      {state ? <div className="flex flex-wrap gap-1 px-2 pb-1">{state}</div> : null}
      {open ? children : null}
    </li>
  );
}

/** A small mark: the short word is what the eye reads, the full one what a screen reader hears. */
function Mark({ short, full, tone, testId }: { short: string; full: string; tone: string; testId?: string }) {
  return (
    <span title={full} className={`${mark} ${tone} shrink-0 whitespace-nowrap`}>
      <span aria-hidden="true">{short}</span>
      <span className="sr-only" data-testid={testId}>
        {full}
      </span>
    </span>
  );
}
