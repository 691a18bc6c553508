"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { VENUE_TYPES, outreachContactSchema, outreachShiftSchema, outreachSupplySchema, venueSchema } from "@/lib/programs/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { addOutreachContact, addOutreachSupply, createOutreachShift, saveVenue } from "@/app/(staff)/outreach/actions";
import type { VenueType } from "@/lib/generated/prisma/enums";


export type VenueValues = { id: string; name: string; type: VenueType; area: string; weeklyTarget: number; serviceAgreement: boolean; active: boolean; note: string | null };

export function VenueForm({ venue, save }: { venue: VenueValues | null; save: typeof saveVenue }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: venueSchema,
    action: save,
    defaultValues: {
      venueId: venue?.id ?? "",
      name: venue?.name ?? "",
      type: venue?.type ?? "BAR",
      area: venue?.area ?? "",
      weeklyTarget: String(venue?.weeklyTarget ?? 1),
      serviceAgreement: venue?.serviceAgreement ?? false,
      active: venue?.active ?? true,
      note: venue?.note ?? "",
    },
    resetOnSuccess: venue === null,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <TextField label={t("outreach.name")} maxLength={80} error={errorOf("name")} {...form.register("name")} />
      <SelectField label={t("outreach.type")} options={VENUE_TYPES.map((value) => ({ value, label: t(`programs.venueTypes.${value}`) }))} error={errorOf("type")} {...form.register("type")} />
      <div className="sm:col-span-2">
        <TextField label={t("outreach.area")} hint={t("outreach.areaHint")} maxLength={120} error={errorOf("area")} {...form.register("area")} />
      </div>
      <TextField label={t("outreach.weeklyTarget")} inputMode="numeric" error={errorOf("weeklyTarget")} {...form.register("weeklyTarget")} />
      <TextField label={t("outreach.venueNote")} maxLength={300} error={errorOf("note")} {...form.register("note")} />
      <label htmlFor="field-serviceAgreement" className="flex min-h-11 items-center gap-2 rounded-md border border-stone-200 px-3">
        <input id="field-serviceAgreement" type="checkbox" className="size-5 shrink-0" {...form.register("serviceAgreement")} />
        {t("outreach.serviceAgreement")}
      </label>
      <label htmlFor="field-active" className="flex min-h-11 items-center gap-2 rounded-md border border-stone-200 px-3">
        <input id="field-active" type="checkbox" className="size-5 shrink-0" {...form.register("active")} />
        {t("outreach.activeVenue")}
      </label>
      <div className="sm:col-span-2"><FormMessage error={formError} success={success} /></div>
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("outreach.saveVenue")}</Button>
    </form>
  );
}

export function OutreachShiftForm({ today, me, staff, create }: { today: string; me: string; staff: { id: string; displayName: string }[]; create: typeof createOutreachShift }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: outreachShiftSchema,
    action: create,
    idempotent: true,
    defaultValues: { date: today, startTime: "14:00", endTime: "17:30", staffIds: [me], note: "" },
    onSuccess: (data) => router.push(`/outreach/shifts/${data.shiftId}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-3 sm:grid-cols-3">
      <TextField label={t("outreach.date")} type="date" error={errorOf("date")} {...form.register("date")} />
      <TextField label={t("outreach.startTime")} type="time" error={errorOf("startTime")} {...form.register("startTime")} />
      <TextField label={t("outreach.endTime")} type="time" error={errorOf("endTime")} {...form.register("endTime")} />
      <div className="sm:col-span-3">
        <CheckboxGroup legend={t("outreach.staff")} options={staff.map((member) => ({ value: member.id, label: member.displayName }))} registration={form.register("staffIds")} error={errorOf("staffIds")} />
      </div>
      <div className="sm:col-span-3">
        <TextField label={t("outreach.shiftNote")} maxLength={500} error={errorOf("note")} {...form.register("note")} />
      </div>
      <div className="sm:col-span-3"><FormMessage error={formError} success={success} /></div>
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("outreach.createShift")}</Button>
    </form>
  );
}

export function ContactForm({ shiftId, venues, save }: { shiftId: string; venues: { id: string; name: string }[]; save: typeof addOutreachContact }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: outreachContactSchema,
    action: save,
    defaultValues: { shiftId, venueId: venues[0]?.id ?? "", peopleMet: "0", newContacts: "0", cardsGiven: "0", referrals: "0", note: "" },
    resetOnSuccess: true,
    onSuccess: () => router.refresh(),
  });
  // Recording the last venue left empties the list: the form stays mounted, so that the
  // confirmation of that last visit stays on screen instead of vanishing with the form.
  if (venues.length === 0) {
    return (
      <div>
        <FormMessage success={success} />
        <p className="text-stone-700">{t("outreach.noVenueLeft")}</p>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-3">
      <div className="sm:col-span-3">
        <SelectField label={t("outreach.venue")} options={venues.map((venue) => ({ value: venue.id, label: venue.name }))} error={errorOf("venueId")} {...form.register("venueId")} />
      </div>
      <TextField label={t("outreach.peopleMet")} inputMode="numeric" error={errorOf("peopleMet")} {...form.register("peopleMet")} />
      <TextField label={t("outreach.newContacts")} inputMode="numeric" error={errorOf("newContacts")} {...form.register("newContacts")} />
      <TextField label={t("outreach.cardsGiven")} inputMode="numeric" error={errorOf("cardsGiven")} {...form.register("cardsGiven")} />
      <TextField label={t("outreach.referrals")} inputMode="numeric" error={errorOf("referrals")} {...form.register("referrals")} />
      <div className="sm:col-span-2">
        <TextField label={t("outreach.contactNote")} maxLength={300} error={errorOf("note")} {...form.register("note")} />
      </div>
      <div className="sm:col-span-3"><FormMessage error={formError} success={success} /></div>
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("outreach.saveContact")}</Button>
    </form>
  );
}

export type SupplyItem = { id: string; nameFr: string; nameEn: string; sizes: string[]; onHand: Record<string, number> };

export function SupplyForm({ contactId, items, save }: { contactId: string; items: SupplyItem[]; save: typeof addOutreachSupply }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: outreachSupplySchema,
    action: save,
    defaultValues: { contactId, itemId: items[0]?.id ?? "", size: items[0]?.sizes[0] ?? "", quantity: "1" },
    onSuccess: () => router.refresh(),
  });
  const itemId = String(form.watch("itemId") ?? "");
  const item = items.find((entry) => entry.id === itemId);
  const prefix = `supply-${contactId}`;
  const name = (entry: SupplyItem) => (locale === "en" ? entry.nameEn : entry.nameFr);
  const total = (entry: SupplyItem) => Object.values(entry.onHand).reduce((sum, count) => sum + count, 0);
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-2 sm:grid-cols-[1fr_8rem_7rem_auto] sm:items-end">
      <SelectField
        id={`${prefix}-item`}
        label={t("outreach.item")}
        options={items.map((entry) => ({ value: entry.id, label: `${name(entry)} · ${t("outreach.onHand", { count: total(entry) })}` }))}
        error={errorOf("itemId")}
        {...form.register("itemId", { onChange: (event: { target: { value: string } }) => form.setValue("size", (items.find((entry) => entry.id === event.target.value)?.sizes[0] ?? "")) })}
      />
      {item && item.sizes.length > 0 ? (
        <SelectField id={`${prefix}-size`} label={t("outreach.size")} options={item.sizes.map((size) => ({ value: size, label: size }))} error={errorOf("size")} {...form.register("size")} />
      ) : (
        <div />
      )}
      <TextField id={`${prefix}-quantity`} label={t("outreach.quantity")} inputMode="numeric" error={errorOf("quantity")} {...form.register("quantity")} />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>{t("outreach.addSupply")}</Button>
      <div className="sm:col-span-4"><FormMessage error={formError} success={success} /></div>
    </form>
  );
}
