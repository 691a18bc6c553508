"use client";

import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { ALL_CARE_KINDS, CARE_KINDS, DENTAL_KINDS, TEST_KINDS, TEST_METHODS, TEST_RESULTS, encounterSchema, type TestKind } from "@/lib/clinic/schemas";
import type { ClinicCandidate, ClinicSupply } from "@/lib/clinic/queries";
import type { VaccineRow } from "@/lib/clinic/settings";
import { formatCode } from "@/lib/participants/code-format";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { recordEncounter } from "@/app/(staff)/clinic/actions";

type Props = {
  sessionId: string;
  sessionType: string;
  candidates: ClinicCandidate[];
  vaccines: VaccineRow[];
  supplies: ClinicSupply[];
  partners: { id: string; name: string }[];
  recordsResults: boolean;
  record: typeof recordEncounter;
};

const toggle = "min-h-11 min-w-11 rounded-full border-2 border-stone-400 bg-white px-4 text-base font-medium aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white";
const notDone = { done: false, method: null, resultGiven: false, result: null };
const emptyTests = Object.fromEntries(TEST_KINDS.map((kind) => [kind, notDone]));

/**
 * Tablet-first (portrait 768 px, 44 px targets): pick tonight's person or "anonymous", press the
 * services given, and the vaccine picker proposes the next dose of the person's series.
 */
export function EncounterForm({ sessionId, sessionType, candidates, vaccines, supplies, partners, recordsResults, record }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [query, setQuery] = useState("");
  const defaults = { sessionId, participantId: "", tests: emptyTests, vaccinations: [], otherVaccine: "", care: [], supplies: [], referralPartnerId: "", notes: "" };
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: encounterSchema,
    action: record,
    idempotent: true,
    defaultValues: defaults,
    onSuccess: () => {
      form.reset(defaults);
      setQuery("");
      router.refresh();
    },
  });
  const values = form.watch() as unknown as {
    participantId: string;
    tests: Record<TestKind, { done: boolean; method: string | null; resultGiven: boolean; result: string | null }>;
    vaccinations: { vaccineId: string; dose: number }[];
    care: (typeof ALL_CARE_KINDS)[number][];
    supplies: { itemId: string; quantity: number }[];
  };
  type Field = Parameters<typeof form.setValue>[0];
  const set = <N extends Field>(name: N, value: Parameters<typeof form.setValue<N>>[1]) => form.setValue(name, value, { shouldDirty: true });
  const name = (entry: { nameFr: string; nameEn: string }) => (locale === "en" ? entry.nameEn : entry.nameFr);
  const person = candidates.find((candidate) => candidate.id === values.participantId) ?? null;
  const shown = useMemo(() => {
    const needle = query.trim().toLowerCase();
    if (!needle) return candidates;
    return candidates.filter((candidate) => candidate.alias.toLowerCase().includes(needle) || candidate.code.toLowerCase().includes(needle.replace(/[^a-z0-9]/g, "")));
  }, [candidates, query]);
  const careKinds = sessionType === "DENTAL" ? [...DENTAL_KINDS, ...CARE_KINDS] : [...CARE_KINDS, ...DENTAL_KINDS];
  const [supplyItem, setSupplyItem] = useState(supplies[0]?.id ?? "");
  const [supplyQuantity, setSupplyQuantity] = useState(1);

  const choosePerson = (id: string) => {
    set("participantId", id);
    // The doses already picked follow the person chosen.
    const chosen = candidates.find((candidate) => candidate.id === id);
    set("vaccinations", values.vaccinations.map((vaccination) => ({ ...vaccination, dose: chosen?.proposals[vaccination.vaccineId] ?? 1 })));
  };
  const toggleVaccine = (vaccineId: string) => {
    const picked = values.vaccinations.some((vaccination) => vaccination.vaccineId === vaccineId);
    set("vaccinations", picked ? values.vaccinations.filter((vaccination) => vaccination.vaccineId !== vaccineId) : [...values.vaccinations, { vaccineId, dose: person?.proposals[vaccineId] ?? 1 }]);
  };
  const toggleTest = (kind: TestKind) => {
    const done = !values.tests[kind].done;
    set(`tests.${kind}`, done ? { done, method: kind === "HIV" ? "RAPID" : null, resultGiven: false, result: null } : notDone);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-labelledby="encounter-heading">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-lg font-semibold">{t("clinic.encounter.who")}</legend>
        <label htmlFor="encounter-search" className="font-medium">{t("clinic.encounter.search")}</label>
        <input
          id="encounter-search"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          autoComplete="off"
          className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2 text-base"
        />
        <div className="flex flex-wrap gap-2" role="group" aria-label={t("clinic.encounter.who")}>
          <button type="button" className={toggle} aria-pressed={values.participantId === ""} onClick={() => choosePerson("")}>
            {t("clinic.encounter.anonymous")}
          </button>
          {shown.map((candidate) => (
            <button key={candidate.id} type="button" className={toggle} aria-pressed={values.participantId === candidate.id} onClick={() => choosePerson(candidate.id)}>
              {candidate.alias} <span className="font-mono text-sm">{formatCode(candidate.code)}</span>
            </button>
          ))}
        </div>
        {candidates.length === 0 ? <p className="text-sm text-stone-700">{t("clinic.encounter.noneCheckedIn")}</p> : null}
        {person && person.due.length > 0 ? (
          <ul className="rounded-md bg-amber-50 p-2 text-sm text-amber-950" aria-label={t("clinic.owed")}>
            {person.due.map((item) => (
              <li key={item.kind === "dose" ? item.vaccineId : item.testId}>
                {item.kind === "dose"
                  ? t("clinic.doseDue", { vaccine: name(item.vaccine), dose: item.dose, doses: item.doses, date: item.dueOn })
                  : t("clinic.resultDue", { test: t(`clinic.tests.${item.test}`), date: item.testedOn })}
              </li>
            ))}
          </ul>
        ) : null}
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-lg font-semibold">{t("clinic.encounter.tests")}</legend>
        <div className="flex flex-wrap gap-2">
          {TEST_KINDS.map((kind) => (
            <button key={kind} type="button" className={toggle} aria-pressed={values.tests[kind].done} onClick={() => toggleTest(kind)}>
              {t(`clinic.tests.${kind}`)}
            </button>
          ))}
        </div>
        {TEST_KINDS.filter((kind) => values.tests[kind].done).map((kind) => (
          <div key={kind} className="flex flex-wrap items-center gap-2 rounded-md border border-stone-200 p-2">
            <span className="font-medium">{t(`clinic.tests.${kind}`)}</span>
            {kind === "HIV"
              ? TEST_METHODS.map((method) => (
                  <button key={method} type="button" className={toggle} aria-pressed={values.tests.HIV.method === method} onClick={() => set("tests.HIV.method", method)}>
                    {t(`clinic.methods.${method}`)}
                  </button>
                ))
              : null}
            <label className="flex min-h-11 items-center gap-2 px-2">
              <input type="checkbox" className="size-6" {...form.register(`tests.${kind}.resultGiven`)} />
              {t("clinic.encounter.resultGiven")}
            </label>
            {recordsResults && values.tests[kind].resultGiven ? (
              <span className="flex items-center gap-2">
                <label htmlFor={`result-${kind}`}>{t("clinic.encounter.result")}</label>
                <select id={`result-${kind}`} className="min-h-11 rounded-md border border-stone-400 bg-white px-2" {...form.register(`tests.${kind}.result`)}>
                  <option value="">{t("clinic.encounter.resultNotRecorded")}</option>
                  {TEST_RESULTS.map((result) => <option key={result} value={result}>{t(`clinic.results.${result}`)}</option>)}
                </select>
              </span>
            ) : null}
            {errorOf(`tests.${kind}.method`) || errorOf(`tests.${kind}.resultGiven`) || errorOf(`tests.${kind}.result`) ? (
              <p role="alert" className="w-full text-sm font-medium text-red-800">{errorOf(`tests.${kind}.method`) ?? errorOf(`tests.${kind}.resultGiven`) ?? errorOf(`tests.${kind}.result`)}</p>
            ) : null}
          </div>
        ))}
        {errorOf("tests.HIV.method") && !values.tests.HIV.done ? <p role="alert" className="text-sm font-medium text-red-800">{errorOf("tests.HIV.method")}</p> : null}
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-lg font-semibold">{t("clinic.encounter.vaccines")}</legend>
        <div className="flex flex-wrap gap-2">
          {vaccines.map((vaccine) => (
            <button key={vaccine.id} type="button" className={toggle} aria-pressed={values.vaccinations.some((vaccination) => vaccination.vaccineId === vaccine.id)} onClick={() => toggleVaccine(vaccine.id)}>
              {name(vaccine)}
            </button>
          ))}
        </div>
        {values.vaccinations.map((vaccination, index) => {
          const vaccine = vaccines.find((candidate) => candidate.id === vaccination.vaccineId);
          if (!vaccine) return null;
          const due = person?.due.find((item) => item.kind === "dose" && item.vaccineId === vaccine.id);
          const doseError = errorOf(`vaccinations.${index}.dose`) ?? errorOf(`vaccinations.${index}.vaccineId`);
          return (
            <div key={vaccine.id} className="flex flex-wrap items-center gap-2 rounded-md border border-stone-200 p-2">
              <label htmlFor={`dose-${vaccine.id}`} className="font-medium">{t("clinic.encounter.doseOf", { vaccine: name(vaccine) })}</label>
              <select
                id={`dose-${vaccine.id}`}
                className="min-h-11 min-w-20 rounded-md border border-stone-400 bg-white px-2 text-base"
                value={vaccination.dose}
                onChange={(event) => set(`vaccinations.${index}.dose`, Number(event.target.value))}
              >
                {vaccine.scheduleMonths.map((months, dose) => (
                  <option key={dose} value={dose + 1}>{t("clinic.encounter.doseOption", { dose: dose + 1, doses: vaccine.scheduleMonths.length, months })}</option>
                ))}
              </select>
              {due?.kind === "dose" ? <span className="text-sm text-stone-700">{t("clinic.encounter.proposed", { dose: due.dose, date: due.dueOn })}</span> : null}
              {doseError ? <p role="alert" className="w-full text-sm font-medium text-red-800">{doseError}</p> : null}
            </div>
          );
        })}
        <div className="flex flex-col gap-1">
          <label htmlFor="field-otherVaccine" className="font-medium">{t("clinic.encounter.otherVaccine")}</label>
          <input id="field-otherVaccine" maxLength={80} autoComplete="off" className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2 text-base" {...form.register("otherVaccine")} />
          {errorOf("otherVaccine") ? <p role="alert" className="text-sm font-medium text-red-800">{errorOf("otherVaccine")}</p> : null}
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-lg font-semibold">{t("clinic.encounter.care")}</legend>
        <div className="flex flex-wrap gap-2">
          {careKinds.map((kind) => {
            const given = values.care.includes(kind);
            return (
              <button key={kind} type="button" className={toggle} aria-pressed={given} onClick={() => set("care", given ? values.care.filter((other) => other !== kind) : [...values.care, kind].sort((a, b) => ALL_CARE_KINDS.indexOf(a) - ALL_CARE_KINDS.indexOf(b)))}>
                {t(`clinic.care.${kind}`)}
              </button>
            );
          })}
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-lg font-semibold">{t("clinic.encounter.supplies")}</legend>
        {values.supplies.length > 0 ? (
          <ul className="flex flex-col gap-1">
            {values.supplies.map((supply, index) => {
              const item = supplies.find((candidate) => candidate.id === supply.itemId);
              const supplyError = errorOf(`supplies.${index}.itemId`) ?? errorOf(`supplies.${index}.quantity`);
              return (
                <li key={`${supply.itemId}-${index}`} className="flex flex-wrap items-center gap-2">
                  <span>{supply.quantity} × {item ? name(item) : "?"}</span>
                  <Button type="button" variant="secondary" onClick={() => set("supplies", values.supplies.filter((_, other) => other !== index))}>
                    {t("clinic.encounter.removeSupply")}
                  </Button>
                  {supplyError ? <p role="alert" className="w-full text-sm font-medium text-red-800">{supplyError}</p> : null}
                </li>
              );
            })}
          </ul>
        ) : null}
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col gap-1">
            <span className="font-medium">{t("clinic.encounter.supplyItem")}</span>
            <select value={supplyItem} onChange={(event) => setSupplyItem(event.target.value)} className="min-h-11 rounded-md border border-stone-400 bg-white px-2 text-base">
              {supplies.map((item) => <option key={item.id} value={item.id}>{name(item)} ({t("clinic.encounter.onHand", { count: item.onHand })})</option>)}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            <span className="font-medium">{t("clinic.encounter.quantity")}</span>
            <input type="number" min={1} max={100} value={supplyQuantity} onChange={(event) => setSupplyQuantity(Number(event.target.value))} className="min-h-11 w-24 rounded-md border border-stone-400 bg-white px-2 text-base" />
          </label>
          <Button type="button" variant="secondary" disabled={!supplyItem} onClick={() => set("supplies", [...values.supplies, { itemId: supplyItem, quantity: supplyQuantity }])}>
            {t("clinic.encounter.addSupply")}
          </Button>
        </div>
      </fieldset>

      <div className="flex flex-col gap-1">
        <label htmlFor="field-referralPartnerId" className="text-lg font-semibold">{t("clinic.encounter.referral")}</label>
        <select id="field-referralPartnerId" className="min-h-11 rounded-md border border-stone-400 bg-white px-3 text-base" {...form.register("referralPartnerId")}>
          <option value="">{t("clinic.encounter.noReferral")}</option>
          {partners.map((partner) => <option key={partner.id} value={partner.id}>{partner.name}</option>)}
        </select>
        {errorOf("referralPartnerId") ? <p role="alert" className="text-sm font-medium text-red-800">{errorOf("referralPartnerId")}</p> : null}
      </div>

      <div className="flex flex-col gap-1">
        <label htmlFor="field-notes" className="text-lg font-semibold">{t("clinic.encounter.notes")}</label>
        <p id="field-notes-hint" className="text-sm text-stone-600">{t("clinic.encounter.notesHint")}</p>
        <textarea id="field-notes" rows={3} maxLength={1000} aria-describedby="field-notes-hint" className="rounded-md border border-stone-400 px-3 py-2 text-base" {...form.register("notes")} />
      </div>

      {errorOf("services") ? <p role="alert" className="font-medium text-red-800">{errorOf("services")}</p> : null}
      {errorOf("vaccinations") ? <p role="alert" className="font-medium text-red-800">{errorOf("vaccinations")}</p> : null}
      <FormMessage error={formError} success={success} />
      <Button type="submit" className="min-h-14 text-lg" disabled={form.formState.isSubmitting}>
        {t("clinic.encounter.save")}
      </Button>
    </form>
  );
}
