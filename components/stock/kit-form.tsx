"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { KitEntry } from "@/lib/stock/kit-types";
import { SERVICE_KINDS, type ServiceKind } from "@/lib/visits/service-kinds";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { saveKit } from "@/app/(staff)/stock/actions";

export type KitItemChoice = { id: string; name: string; sizes: string[] };
type Line = { key: string; itemId: string; size: string; quantity: string };
type Props = {
  /** The kit being edited; none for a new one. */
  kit?: KitEntry;
  items: KitItemChoice[];
  save: typeof saveKit;
  /** Several forms share the page (the new kit and each kit's edit): their fields need their own ids. */
  idPrefix: string;
};

const linesOf = (kit?: KitEntry): Line[] =>
  (kit?.items ?? []).map((line, index) => ({ key: `${index}`, itemId: line.itemId, size: line.size, quantity: String(line.quantity) }));

/**
 * A kit's names, services and items with their quantities (typed once here, so the desk gives
 * three with one tap). The server validates (lib/stock/kit-schemas.ts) and names what is wrong.
 */
export function KitForm({ kit, items, save, idPrefix }: Props) {
  const t = useTranslations("kits");
  const tAll = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [nameFr, setNameFr] = useState(kit?.nameFr ?? "");
  const [nameEn, setNameEn] = useState(kit?.nameEn ?? "");
  const [services, setServices] = useState<ServiceKind[]>(kit?.services ?? []);
  const [lines, setLines] = useState<Line[]>(() => linesOf(kit));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [nextKey, setNextKey] = useState(lines.length);

  const setLine = (key: string, change: Partial<Line>) => setLines((current) => current.map((line) => (line.key === key ? { ...line, ...change } : line)));
  const addLine = () => {
    setLines((current) => [...current, { key: `new-${nextKey}`, itemId: items[0]?.id ?? "", size: "", quantity: "1" }]);
    setNextKey(nextKey + 1);
  };

  const submit = () =>
    startTransition(async () => {
      setFormError(null);
      setSuccess(null);
      const result = await save({
        kitId: kit?.id ?? null,
        nameFr,
        nameEn,
        services,
        items: lines.map((line) => ({ itemId: line.itemId, size: line.size, quantity: line.quantity })),
      });
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setFormError(result.error);
        return;
      }
      setErrors({});
      setSuccess(result.message ?? null);
      if (!kit) {
        setNameFr("");
        setNameEn("");
        setServices([]);
        setLines([]);
      }
      router.refresh();
    });

  return (
    <form
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id={`${idPrefix}-nameFr`} name="nameFr" label={t("nameFr")} value={nameFr} onChange={(event) => setNameFr(event.target.value)} maxLength={80} error={errors.nameFr} />
        <TextField id={`${idPrefix}-nameEn`} name="nameEn" label={t("nameEn")} value={nameEn} onChange={(event) => setNameEn(event.target.value)} maxLength={80} error={errors.nameEn} />
      </div>
      <fieldset>
        <legend className="font-medium">{t("services")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {SERVICE_KINDS.map((kind) => (
            <label key={kind} className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                className="h-5 w-5"
                checked={services.includes(kind)}
                onChange={(event) => setServices((current) => (event.target.checked ? [...current, kind] : current.filter((value) => value !== kind)))}
              />
              {tAll(`enums.service.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="font-medium">{t("items")}</legend>
        <ul className="mt-1 flex flex-col gap-2">
          {lines.map((line, index) => {
            const item = items.find((choice) => choice.id === line.itemId);
            const lineError = errors[`items.${index}.itemId`] ?? errors[`items.${index}.size`] ?? errors[`items.${index}.quantity`];
            return (
              <li key={line.key} className="flex flex-wrap items-end gap-2">
                <label className="flex flex-col text-sm">
                  {t("item")}
                  <select
                    value={line.itemId}
                    onChange={(event) => setLine(line.key, { itemId: event.target.value, size: "" })}
                    className="min-h-11 rounded-md border border-stone-400 px-2"
                  >
                    {item ? null : <option value={line.itemId}>—</option>}
                    {items.map((choice) => (
                      <option key={choice.id} value={choice.id}>{choice.name}</option>
                    ))}
                  </select>
                </label>
                {item && item.sizes.length > 0 ? (
                  <label className="flex flex-col text-sm">
                    {t("size")}
                    <select value={line.size} onChange={(event) => setLine(line.key, { size: event.target.value })} className="min-h-11 rounded-md border border-stone-400 px-2">
                      <option value="">—</option>
                      {item.sizes.map((size) => (
                        <option key={size} value={size}>{size}</option>
                      ))}
                    </select>
                  </label>
                ) : null}
                <label className="flex flex-col text-sm">
                  {t("quantity")}
                  <input
                    inputMode="numeric"
                    value={line.quantity}
                    onChange={(event) => setLine(line.key, { quantity: event.target.value })}
                    className="min-h-11 w-20 rounded-md border border-stone-400 px-2"
                  />
                </label>
                <Button
                  type="button"
                  variant="secondary"
                  aria-label={t("removeLine", { item: item?.name ?? "" })}
                  onClick={() => setLines((current) => current.filter((other) => other.key !== line.key))}
                >
                  ×
                </Button>
                {lineError ? <p role="alert" className="basis-full text-sm font-medium text-red-800">{lineError}</p> : null}
              </li>
            );
          })}
        </ul>
        {errors.items ? <p role="alert" className="mt-1 text-sm font-medium text-red-800">{errors.items}</p> : null}
        <Button type="button" variant="secondary" className="mt-2" onClick={addLine} disabled={items.length === 0}>
          {t("addLine")}
        </Button>
      </fieldset>
      <FormMessage error={formError} success={success} />
      <div>
        <Button type="submit" disabled={pending}>{t("save")}</Button>
      </div>
    </form>
  );
}
