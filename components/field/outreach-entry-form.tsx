"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { fieldShiftSchema, type FieldShiftInput } from "@/lib/field/schemas";
import type { FieldReference } from "@/lib/field/reference";
import { Button } from "@/components/ui/button";
import { Stepper } from "@/components/field/stepper";
import { FieldFormFooter } from "@/components/field/field-form-footer";
import { defaultEndTime, issueMessages, localTime, localToday } from "@/components/field/field-time";
import { byKey } from "@/lib/i18n/by-key";

type Visit = { venueId: string; peopleMet: number; newContacts: number; cardsGiven: number; referrals: number; note: string; supplies: { itemId: string; size: string; quantity: number }[] };
type Outreach = NonNullable<FieldReference["outreach"]>;

const emptyVisit = (venueId: string): Visit => ({ venueId, peopleMet: 0, newContacts: 0, cardsGiven: 0, referrals: 0, note: "", supplies: [] });

/**
 * The outreach shift, phone first: venues to pick (overdue first), one card per venue visited with
 * large counters, supplies with a quantity stepper. Saved to the device's queue, never sent from here.
 */
export function OutreachEntryForm({
  reference,
  timeZone,
  initial,
  save,
}: {
  reference: Outreach;
  timeZone: string;
  /** A refused entry being corrected: its values and its submissionId. */
  initial: FieldShiftInput | null;
  /** False when the entry could not be kept (the queue locked meanwhile): the form keeps it. */
  save: (entry: FieldShiftInput) => Promise<boolean>;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const [submissionId, setSubmissionId] = useState(initial?.submissionId ?? crypto.randomUUID());
  const [date, setDate] = useState(initial?.date ?? localToday(timeZone));
  const [startTime, setStartTime] = useState(initial?.startTime ?? localTime(timeZone));
  const [endTime, setEndTime] = useState(initial?.endTime ?? defaultEndTime(startTime));
  // The end follows the start (the usual length later) until the worker sets it.
  const [endTouched, setEndTouched] = useState(initial !== null);
  const [note, setNote] = useState(String(initial?.note ?? ""));
  const [visits, setVisits] = useState<Visit[]>(
    (initial?.visits ?? []).map((visit) => ({ ...emptyVisit(String(visit.venueId)), ...(visit as Partial<Visit>), note: String(visit.note ?? ""), supplies: (visit.supplies ?? []) as Visit["supplies"] })),
  );
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);

  const venueName = (id: string) => reference.venues.find((venue) => venue.id === id)?.name ?? t("field.unknownVenue");
  const itemName = (id: string) => {
    const item = reference.items.find((candidate) => candidate.id === id);
    return item ? (locale === "en" ? item.nameEn : item.nameFr) : t("field.unknownItem");
  };
  const toggleVenue = (venueId: string) =>
    setVisits((current) => (current.some((visit) => visit.venueId === venueId) ? current.filter((visit) => visit.venueId !== venueId) : [...current, emptyVisit(venueId)]));
  const update = (venueId: string, change: Partial<Visit>) => setVisits((current) => current.map((visit) => (visit.venueId === venueId ? { ...visit, ...change } : visit)));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setSaved(false);
    const entry = { submissionId, recordedAt: Date.now(), date, startTime, endTime, note, visits };
    const parsed = fieldShiftSchema.safeParse(entry);
    if (!parsed.success) {
      setErrors(issueMessages(parsed.error.issues, byKey(t)));
      return;
    }
    setErrors([]);
    if (!(await save(entry))) return;
    setSaved(true);
    setSubmissionId(crypto.randomUUID());
    setVisits([]);
    setNote("");
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-labelledby="outreach-form-heading">
      <h2 id="outreach-form-heading" className="text-lg font-semibold">
        {initial ? t("field.correctingEntry") : t("field.outreachForm")}
      </h2>
      <div className="grid grid-cols-3 gap-2">
        <label className="col-span-3 flex flex-col gap-1 font-medium">
          {t("outreach.date")}
          <input type="date" value={date} onChange={(event) => setDate(event.target.value)} className="min-h-12 rounded-md border border-stone-400 bg-white px-3" />
        </label>
        <label className="col-span-3 flex flex-col gap-1 font-medium min-[360px]:col-span-1">
          {t("outreach.startTime")}
          <input
            type="time"
            value={startTime}
            onChange={(event) => {
              setStartTime(event.target.value);
              if (!endTouched) setEndTime(defaultEndTime(event.target.value));
            }}
            className="min-h-12 rounded-md border border-stone-400 bg-white px-2"
          />
        </label>
        <div className="col-span-3 flex flex-col gap-1 min-[360px]:col-span-2">
          <label className="flex flex-col gap-1 font-medium">
            {t("outreach.endTime")}
            <input
              type="time"
              value={endTime}
              aria-describedby="field-end-time-hint"
              onChange={(event) => {
                setEndTime(event.target.value);
                setEndTouched(true);
              }}
              className="min-h-12 rounded-md border border-stone-400 bg-white px-2"
            />
          </label>
          <span id="field-end-time-hint" className="text-sm text-stone-600">
            {t("field.endTimeHint")}
          </span>
        </div>
      </div>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold">{t("field.venuesToPick")}</legend>
        <ul className="flex flex-col gap-2">
          {reference.venues.map((venue) => {
            const picked = visits.some((visit) => visit.venueId === venue.id);
            return (
              <li key={venue.id}>
                <button
                  type="button"
                  aria-pressed={picked}
                  onClick={() => toggleVenue(venue.id)}
                  className="flex min-h-12 w-full items-center justify-between gap-2 rounded-md border border-stone-400 bg-white px-3 py-2 text-left aria-pressed:border-brand-700 aria-pressed:bg-brand-50"
                >
                  <span>
                    <span className="font-medium">{venue.name}</span>
                    <span className="block text-sm text-stone-600">{venue.area}</span>
                  </span>
                  <span className="shrink-0 text-sm">
                    {venue.overdue ? <span className="rounded bg-amber-100 px-2 py-0.5 font-medium text-amber-900">{t("outreach.overdue")}</span> : null}
                    {picked ? <span className="ml-1 font-semibold text-brand-700">✓</span> : null}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </fieldset>

      {visits.map((visit) => (
        <VisitCard key={visit.venueId} visit={visit} name={venueName(visit.venueId)} items={reference.items} itemName={itemName} update={(change) => update(visit.venueId, change)} />
      ))}

      <label className="flex flex-col gap-1 font-medium">
        {t("outreach.shiftNote")}
        <textarea value={note} maxLength={500} onChange={(event) => setNote(event.target.value)} className="min-h-20 rounded-md border border-stone-400 bg-white px-3 py-2" />
      </label>
      <FieldFormFooter errors={errors} saved={saved} />
    </form>
  );
}

function VisitCard({ visit, name, items, itemName, update }: { visit: Visit; name: string; items: Outreach["items"]; itemName: (id: string) => string; update: (change: Partial<Visit>) => void }) {
  const t = useTranslations();
  const locale = useLocale();
  const [itemId, setItemId] = useState("");
  const [size, setSize] = useState("");
  const [quantity, setQuantity] = useState(1);
  const item = items.find((candidate) => candidate.id === itemId);
  const prefix = `visit-${visit.venueId}`;
  const addSupply = () => {
    if (!item || (item.sizes.length > 0 && !size)) return;
    update({ supplies: [...visit.supplies, { itemId: item.id, size: item.sizes.length > 0 ? size : "", quantity }] });
    setItemId("");
    setSize("");
    setQuantity(1);
  };
  return (
    <section aria-label={name} className="flex flex-col gap-3 rounded-lg border border-stone-300 bg-white p-3" data-testid="visit-card">
      <h3 className="font-semibold">{name}</h3>
      <Stepper id={`${prefix}-people`} label={t("outreach.peopleMet")} value={visit.peopleMet} onChange={(peopleMet) => update({ peopleMet })} />
      <Stepper id={`${prefix}-new`} label={t("outreach.newContacts")} value={visit.newContacts} onChange={(newContacts) => update({ newContacts })} />
      <Stepper id={`${prefix}-cards`} label={t("outreach.cardsGiven")} value={visit.cardsGiven} onChange={(cardsGiven) => update({ cardsGiven })} />
      <Stepper id={`${prefix}-referrals`} label={t("outreach.referrals")} value={visit.referrals} onChange={(referrals) => update({ referrals })} />
      <div className="flex flex-col gap-2 border-t border-stone-200 pt-2">
        <p className="font-medium">{t("outreach.supplies")}</p>
        {visit.supplies.length > 0 ? (
          <ul className="flex flex-col gap-1">
            {visit.supplies.map((supply, index) => (
              <li key={`${supply.itemId}-${supply.size}-${index}`} className="flex items-center justify-between gap-2">
                <span>
                  {supply.quantity} × {itemName(supply.itemId)}
                  {supply.size ? ` (${supply.size})` : ""}
                </span>
                <button type="button" className="min-h-11 px-2 text-sm underline" onClick={() => update({ supplies: visit.supplies.filter((_, at) => at !== index) })}>
                  {t("field.remove")}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <label className="flex flex-col gap-1">
          {t("outreach.item")}
          <select value={itemId} onChange={(event) => setItemId(event.target.value)} className="min-h-12 rounded-md border border-stone-400 bg-white px-2">
            <option value="">—</option>
            {items.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {locale === "en" ? candidate.nameEn : candidate.nameFr} ({t("outreach.onHand", { count: candidate.onHand })})
              </option>
            ))}
          </select>
        </label>
        {item && item.sizes.length > 0 ? (
          <label className="flex flex-col gap-1">
            {t("outreach.size")}
            <select value={size} onChange={(event) => setSize(event.target.value)} className="min-h-12 rounded-md border border-stone-400 bg-white px-2">
              <option value="">—</option>
              {item.sizes.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {candidate}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <Stepper id={`${prefix}-quantity`} label={t("outreach.quantity")} value={quantity} min={1} max={1000} onChange={setQuantity} />
        <Button type="button" variant="secondary" onClick={addSupply} disabled={!item}>
          {t("outreach.addSupply")}
        </Button>
      </div>
    </section>
  );
}
