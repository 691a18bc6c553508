"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { fieldClinicSessionSchema, type FieldClinicSessionInput } from "@/lib/field/schemas";
import { TEST_KINDS, TEST_METHODS, type TestKind } from "@/lib/clinic/schemas";
import type { FieldReference } from "@/lib/field/reference";
import { Button } from "@/components/ui/button";
import { Stepper } from "@/components/field/stepper";
import { FieldFormFooter } from "@/components/field/field-form-footer";
import { issueMessages, localToday } from "@/components/field/field-time";
import { byKey } from "@/lib/i18n/by-key";

type Clinic = NonNullable<FieldReference["clinic"]>;
type Test = { done: boolean; method: string | null; resultGiven: boolean; result: null };
type Encounter = { key: string; tests: Record<TestKind, Test>; vaccinations: { vaccineId: string; dose: number }[]; supplies: { itemId: string; quantity: number }[] };

const notDone = (): Test => ({ done: false, method: null, resultGiven: false, result: null });
const emptyEncounter = (): Encounter => ({
  key: crypto.randomUUID(),
  tests: Object.fromEntries(TEST_KINDS.map((kind) => [kind, notDone()])) as Record<TestKind, Test>,
  vaccinations: [],
  supplies: [],
});

/**
 * A partner-venue clinic session (backstage at a bar, with the partner's nurse): anonymous
 * encounters only, each with its tests, vaccines (the dose of the series) and supplies.
 * Nothing here names a person; saved to the device's queue.
 */
export function ClinicEntryForm({ reference, timeZone, initial, save }: { reference: Clinic; timeZone: string; initial: FieldClinicSessionInput | null; save: (entry: FieldClinicSessionInput) => Promise<boolean> }) {
  const t = useTranslations();
  const [submissionId, setSubmissionId] = useState(initial?.submissionId ?? crypto.randomUUID());
  const [date, setDate] = useState(initial?.date ?? localToday(timeZone));
  const [partnerId, setPartnerId] = useState(initial?.partnerId ?? "");
  const [encounters, setEncounters] = useState<Encounter[]>(
    initial ? initial.encounters.map((encounter) => ({ ...emptyEncounter(), ...(encounter as Omit<Encounter, "key">) })) : [emptyEncounter()],
  );
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);

  const update = (key: string, change: Partial<Encounter>) => setEncounters((current) => current.map((encounter) => (encounter.key === key ? { ...encounter, ...change } : encounter)));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setSaved(false);
    const entry = { submissionId, recordedAt: Date.now(), date, partnerId, encounters: encounters.map(({ key: _key, ...encounter }) => encounter) };
    const parsed = fieldClinicSessionSchema.safeParse(entry);
    if (!parsed.success) {
      setErrors(issueMessages(parsed.error.issues, byKey(t)));
      return;
    }
    setErrors([]);
    if (!(await save(entry))) return;
    setSaved(true);
    setSubmissionId(crypto.randomUUID());
    setEncounters([emptyEncounter()]);
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-labelledby="clinic-form-heading">
      <h2 id="clinic-form-heading" className="text-lg font-semibold">
        {initial ? t("field.correctingEntry") : t("field.clinicForm")}
      </h2>
      <p className="text-sm text-stone-700">{t("field.clinicAnonymous")}</p>
      <label className="flex flex-col gap-1 font-medium">
        {t("clinic.sessionDate")}
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} className="min-h-12 rounded-md border border-stone-400 bg-white px-3" />
      </label>
      <label className="flex flex-col gap-1 font-medium">
        {t("clinic.partner")}
        <select value={partnerId} onChange={(event) => setPartnerId(event.target.value)} className="min-h-12 rounded-md border border-stone-400 bg-white px-2">
          <option value="">—</option>
          {reference.partners.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
            </option>
          ))}
        </select>
      </label>
      {encounters.map((encounter, index) => (
        <EncounterCard
          key={encounter.key}
          number={index + 1}
          encounter={encounter}
          reference={reference}
          update={(change) => update(encounter.key, change)}
          remove={encounters.length > 1 ? () => setEncounters((current) => current.filter((candidate) => candidate.key !== encounter.key)) : null}
        />
      ))}
      <Button type="button" variant="secondary" onClick={() => setEncounters((current) => [...current, emptyEncounter()])}>
        {t("field.addEncounter")}
      </Button>
      <FieldFormFooter errors={errors} saved={saved} />
    </form>
  );
}

function EncounterCard({ number, encounter, reference, update, remove }: { number: number; encounter: Encounter; reference: Clinic; update: (change: Partial<Encounter>) => void; remove: (() => void) | null }) {
  const t = useTranslations();
  const locale = useLocale();
  const [itemId, setItemId] = useState("");
  const [quantity, setQuantity] = useState(1);
  const prefix = `encounter-${encounter.key}`;
  const name = (named: { nameFr: string; nameEn: string }) => (locale === "en" ? named.nameEn : named.nameFr);
  const setTest = (kind: TestKind, change: Partial<Test>) => update({ tests: { ...encounter.tests, [kind]: { ...encounter.tests[kind], ...change } } });
  const dose = (vaccineId: string) => encounter.vaccinations.find((vaccination) => vaccination.vaccineId === vaccineId)?.dose ?? null;
  const setDose = (vaccineId: string, value: number | null) =>
    update({ vaccinations: [...encounter.vaccinations.filter((vaccination) => vaccination.vaccineId !== vaccineId), ...(value === null ? [] : [{ vaccineId, dose: value }])] });

  return (
    <section aria-label={t("field.encounterNumber", { number })} className="flex flex-col gap-3 rounded-lg border border-stone-300 bg-white p-3" data-testid="encounter-card">
      <div className="flex items-center justify-between">
        <h3 className="font-semibold">{t("field.encounterNumber", { number })}</h3>
        {remove ? (
          <button type="button" className="min-h-11 px-2 text-sm underline" onClick={remove}>
            {t("field.remove")}
          </button>
        ) : null}
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">{t("clinic.encounter.tests")}</legend>
        {TEST_KINDS.map((kind) => (
          <div key={kind} className="flex flex-wrap items-center gap-2">
            <label className="flex min-h-11 items-center gap-2">
              <input type="checkbox" className="size-6" checked={encounter.tests[kind].done} onChange={(event) => setTest(kind, { done: event.target.checked, method: event.target.checked && kind === "HIV" ? "RAPID" : null })} />
              {t(`clinic.tests.${kind}`)}
            </label>
            {kind === "HIV" && encounter.tests.HIV.done ? (
              <select aria-label={`${t("clinic.tests.HIV")} · ${t("field.method")}`} value={encounter.tests.HIV.method ?? ""} onChange={(event) => setTest("HIV", { method: event.target.value })} className="min-h-11 rounded-md border border-stone-400 bg-white px-2">
                {TEST_METHODS.map((method) => (
                  <option key={method} value={method}>
                    {t(`clinic.methods.${method}`)}
                  </option>
                ))}
              </select>
            ) : null}
          </div>
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">{t("clinic.encounter.vaccines")}</legend>
        {reference.vaccines.map((vaccine) => {
          const given = dose(vaccine.id);
          return (
            <div key={vaccine.id} className="flex flex-wrap items-center gap-2">
              <label className="flex min-h-11 items-center gap-2">
                <input type="checkbox" className="size-6" checked={given !== null} onChange={(event) => setDose(vaccine.id, event.target.checked ? 1 : null)} />
                {name(vaccine)}
              </label>
              {given !== null ? (
                <select aria-label={t("clinic.encounter.doseOf", { vaccine: name(vaccine) })} value={given} onChange={(event) => setDose(vaccine.id, Number(event.target.value))} className="min-h-11 rounded-md border border-stone-400 bg-white px-2">
                  {Array.from({ length: vaccine.doses }, (_, index) => index + 1).map((value) => (
                    <option key={value} value={value}>
                      {t("field.doseOf", { dose: value, doses: vaccine.doses })}
                    </option>
                  ))}
                </select>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      {reference.supplies.length > 0 ? (
        <div className="flex flex-col gap-2 border-t border-stone-200 pt-2">
          <p className="font-medium">{t("clinic.encounter.supplies")}</p>
          {encounter.supplies.length > 0 ? (
            <ul>
              {encounter.supplies.map((supply, index) => {
                const item = reference.supplies.find((candidate) => candidate.id === supply.itemId);
                return (
                  <li key={`${supply.itemId}-${index}`} className="flex items-center justify-between">
                    <span>
                      {supply.quantity} × {item ? name(item) : t("field.unknownItem")}
                    </span>
                    <button type="button" className="min-h-11 px-2 text-sm underline" onClick={() => update({ supplies: encounter.supplies.filter((_, at) => at !== index) })}>
                      {t("field.remove")}
                    </button>
                  </li>
                );
              })}
            </ul>
          ) : null}
          <label className="flex flex-col gap-1">
            {t("clinic.encounter.supplyItem")}
            <select value={itemId} onChange={(event) => setItemId(event.target.value)} className="min-h-12 rounded-md border border-stone-400 bg-white px-2">
              <option value="">—</option>
              {reference.supplies.map((item) => (
                <option key={item.id} value={item.id}>
                  {name(item)} ({t("clinic.encounter.onHand", { count: item.onHand })})
                </option>
              ))}
            </select>
          </label>
          <Stepper id={`${prefix}-quantity`} label={t("clinic.encounter.quantity")} value={quantity} min={1} max={100} onChange={setQuantity} />
          <Button
            type="button"
            variant="secondary"
            disabled={!itemId}
            onClick={() => {
              update({ supplies: [...encounter.supplies, { itemId, quantity }] });
              setItemId("");
              setQuantity(1);
            }}
          >
            {t("clinic.encounter.addSupply")}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
