"use client";

import { useState, useTransition } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { addDistribution, applyKit, checkOut, removeDistribution, setService } from "@/app/(staff)/tonight/actions";
import type { ActionResult } from "@/lib/actions/action-result";
import type { TonightAnswer } from "@/lib/visits/tonight-state";
import type { BoardVisit, CatalogueEntry } from "@/lib/visits/queries";
import { SERVICE_KINDS } from "@/lib/visits/service-kinds";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { KitButtons } from "@/components/tonight/kit-buttons";
import { LimitReasonForm } from "@/components/tonight/limit-reason-form";
import type { KitEntry } from "@/lib/stock/kit-types";

/** Each action answers with tonight's list (app/(staff)/tonight/actions.ts). */
export type VisitActions = {
  setService: typeof setService;
  addDistribution: typeof addDistribution;
  applyKit: typeof applyKit;
  removeDistribution: typeof removeDistribution;
  checkOut: typeof checkOut;
};

type Props = { visit: BoardVisit; catalogue: CatalogueEntry[]; kits?: KitEntry[]; actions: VisitActions; mayOverride: boolean; onAnswer: (state: TonightAnswer) => void };

/** A visit's panel, opened in place under its line of tonight's list (visit-row.tsx). */
export function VisitCard({ visit, catalogue, kits = [], actions, mayOverride, onAnswer }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const format = useFormatter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [itemId, setItemId] = useState(catalogue[0]?.id ?? "");
  const [size, setSize] = useState("");
  const [quantity, setQuantity] = useState(1);
  // Set when a per-person limit stopped a distribution that this person may pass with a reason.
  const [limitWarning, setLimitWarning] = useState<string | null>(null);
  // One id per item handed out: a double tap or a retry sends the same one and records it once.
  const [submissionId, setSubmissionId] = useState(() => crypto.randomUUID());
  const item = catalogue.find((entry) => entry.id === itemId);
  const itemName = (id: string) => {
    const entry = catalogue.find((candidate) => candidate.id === id);
    return entry ? (locale === "en" ? entry.nameEn : entry.nameFr) : "?";
  };
  const name = visit.participant ? visit.participant.alias : t("tonight.anonymousVisitor");

  const run = (action: () => Promise<ActionResult<{ answer: TonightAnswer }>>) =>
    startTransition(async () => {
      setError(null);
      const result = await action();
      // Kept to be sent again (the line says "not yet saved"): the next item gets its own id.
      if (!result.ok && result.reason === "database-unavailable") return setSubmissionId(crypto.randomUUID());
      if (result.ok) {
        setSubmissionId(crypto.randomUUID());
        setLimitWarning(null);
        onAnswer(result.data.answer);
      } else if (mayOverride && result.fieldErrors.overrideReason) {
        setLimitWarning(result.fieldErrors.overrideReason);
      } else {
        setError(result.error);
      }
    });
  const left = (entry: CatalogueEntry, size: string) => entry.onHand[size] ?? 0;

  const categories = [...new Set(catalogue.map((entry) => entry.category))];

  return (
    <div id={`visit-panel-${visit.id}`} className="border-t border-stone-200 px-3 pb-3 pt-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-stone-700">
          {format.dateTime(visit.checkedInAt, { timeStyle: "short" })}
          {visit.checkedOutAt ? ` → ${t("tonight.checkedOutAt", { time: format.dateTime(visit.checkedOutAt, { timeStyle: "short" }) })}` : ""}
          {visit.restricted && visit.restrictionReason ? <span className="ml-2 text-red-900">{`${t("tonight.restricted")} : ${visit.restrictionReason}`}</span> : null}
        </p>
        {!visit.checkedOutAt ? (
          <Button type="button" variant="secondary" disabled={pending} onClick={() => run(() => actions.checkOut({ visitId: visit.id }))}>
            {t("tonight.checkOut")}
          </Button>
        ) : null}
      </div>

      <fieldset className="mt-2">
        <legend className="text-sm font-medium">{t("tonight.servicesFor", { name })}</legend>
        <div className="mt-1 flex flex-wrap gap-1">
          {SERVICE_KINDS.map((kind) => {
            const given = visit.services.includes(kind);
            return (
              <button
                key={kind}
                type="button"
                aria-pressed={given}
                disabled={pending}
                onClick={() => run(() => actions.setService({ visitId: visit.id, kind, given: !given }))}
                className="min-h-11 rounded-full border border-stone-400 px-3 text-sm aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white"
              >
                {t(`enums.service.${kind}`)}
              </button>
            );
          })}
        </div>
      </fieldset>

      <KitButtons visitId={visit.id} name={name} kits={kits} applyKit={actions.applyKit} mayOverride={mayOverride} onAnswer={onAnswer} />

      {visit.items.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-1" aria-label={t("tonight.items")}>
          {visit.items.map((distribution) => (
            <li key={distribution.id} className="flex items-center gap-1 rounded-full bg-stone-100 py-1 pl-3 pr-1 text-sm">
              {distribution.quantity} × {itemName(distribution.itemId)}
              {distribution.size ? ` (${distribution.size})` : ""}
              <button
                type="button"
                disabled={pending}
                onClick={() => run(() => actions.removeDistribution({ distributionId: distribution.id, visitId: visit.id }))}
                className="min-h-8 rounded-full px-2 text-stone-700 hover:bg-stone-200"
                aria-label={`${t("tonight.remove")} ${itemName(distribution.itemId)}`}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}

      <form
        className="mt-2 flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          run(() => actions.addDistribution({ visitId: visit.id, itemId, size, quantity, submissionId }));
        }}
      >
        <label className="flex flex-col text-sm">
          {t("tonight.item")}
          <select value={itemId} onChange={(event) => { setItemId(event.target.value); setSize(""); }} className="min-h-11 rounded-md border border-stone-400 px-2">
            {categories.map((category) => (
              <optgroup key={category} label={t(`enums.category.${category}`)}>
                {catalogue.filter((entry) => entry.category === category).map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {locale === "en" ? entry.nameEn : entry.nameFr}
                    {entry.sizes.length === 0 ? ` (${t("stock.left", { count: left(entry, "") })})` : ""}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        {item && item.sizes.length > 0 ? (
          <label className="flex flex-col text-sm">
            {t("tonight.size")}
            <select value={size} onChange={(event) => setSize(event.target.value)} className="min-h-11 rounded-md border border-stone-400 px-2">
              <option value="">—</option>
              {item.sizes.map((value) => (
                <option key={value} value={value}>
                  {value} ({t("stock.left", { count: left(item, value) })})
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="flex flex-col text-sm">
          {t("tonight.quantity")}
          <input type="number" min={1} max={100} value={quantity} onChange={(event) => setQuantity(Number(event.target.value))} className="min-h-11 w-20 rounded-md border border-stone-400 px-2" />
        </label>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("tonight.addItem")}
        </Button>
      </form>
      {limitWarning ? (
        <LimitReasonForm
          message={limitWarning}
          pending={pending}
          onSubmit={(overrideReason) => run(() => actions.addDistribution({ visitId: visit.id, itemId, size, quantity, overrideReason, submissionId }))}
        />
      ) : null}
      {error ? <div className="mt-2"><FormMessage error={error} /></div> : null}
    </div>
  );
}
