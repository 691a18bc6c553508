"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * The end of every field form: what the check refused, that the entry is saved on the device,
 * and the one large save button (the clinic session and the outreach shift share it).
 */
export function FieldFormFooter({ errors, saved }: { errors: string[]; saved: boolean }) {
  const t = useTranslations();
  return (
    <>
      {errors.length > 0 ? (
        <ul role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
      {saved ? (
        <p role="status" className="rounded-md bg-brand-50 p-3 font-medium">
          {t("field.savedOnDevice")}
        </p>
      ) : null}
      <Button type="submit" className="min-h-14 w-full text-lg">
        {t("field.saveOnDevice")}
      </Button>
    </>
  );
}
