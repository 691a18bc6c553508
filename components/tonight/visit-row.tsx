"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { BoardVisit } from "@/lib/visits/queries";
import { formatCode } from "@/lib/participants/code-format";

type Props = {
  visit: BoardVisit;
  open: boolean;
  onToggle: () => void;
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
export function VisitRow({ visit, open, onToggle, children }: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const name = visit.participant ? visit.participant.alias : t("tonight.anonymousVisitor");
  const arrived = format.dateTime(visit.checkedInAt, { timeStyle: "short" });
  const left = visit.checkedOutAt ? format.dateTime(visit.checkedOutAt, { timeStyle: "short" }) : null;
  const items = visit.items.reduce((sum, item) => sum + item.quantity, 0);

  return (
    <li aria-label={name} className={`rounded-md border bg-white ${open ? "col-span-full border-brand-700" : "border-stone-300"} ${left ? "opacity-75" : ""}`}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? `visit-panel-${visit.id}` : undefined}
        onClick={onToggle}
        className="flex min-h-11 w-full min-w-0 items-center gap-2 px-2 py-1 text-left lg:min-h-0 lg:py-0.5 lg:text-sm xl:py-0"
      >
        <span className="min-w-0 flex-1 truncate font-semibold">{name}</span>
        {visit.participant ? <span className="shrink-0 font-mono text-xs text-stone-600">{formatCode(visit.participant.code)}</span> : null}
        <span className="shrink-0 text-xs tabular-nums text-stone-700">
          {arrived}
          {left ? `–${left}` : ""}
        </span>
        <span className="flex min-w-0 flex-wrap justify-end gap-0.5">
          {visit.services.map((kind) => (
            <abbr key={kind} title={t(`enums.service.${kind}` as never)} className={`${mark} bg-brand-100 text-brand-800 no-underline`}>
              {t(`enums.serviceMark.${kind}` as never)}
            </abbr>
          ))}
          {items > 0 ? <span className={`${mark} bg-stone-200 text-stone-800`} title={t("tonight.items")}>{t("tonight.itemsMark", { count: items })}</span> : null}
          {visit.firstVisit ? <span className={`${mark} bg-brand-100 text-brand-800`}>{t("tonight.firstVisitBadge")}</span> : null}
          {visit.followUpDue ? <span className={`${mark} bg-amber-100 text-amber-900`}>{t("referrals.followUpDue")}</span> : null}
          {visit.clinicInvite ? (
            <span className={`${mark} bg-sky-100 text-sky-900`} data-testid="clinic-invite">
              {t("clinic.inviteFlag")}
            </span>
          ) : null}
          {visit.restricted ? <span className={`${mark} bg-red-100 text-red-900`}>{t("tonight.restricted")}</span> : null}
        </span>
        <span aria-hidden="true" className="shrink-0 text-xs text-stone-600">
          {open ? "▲" : "▼"}
        </span>
      </button>
      {open ? children : null}
    </li>
  );
}
