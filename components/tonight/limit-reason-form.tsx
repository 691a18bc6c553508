"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

type Props = {
  /** What the per-person limit said (it names the item). */
  message: string;
  pending: boolean;
  /** Sends the same gift again with the reason typed. */
  onSubmit: (overrideReason: string) => void;
};

/**
 * Asked when a per-person limit stopped a gift that this person may pass with a reason: a single
 * item (visit-card.tsx) and a kit (kit-buttons.tsx) ask the same way. The reason lives here, so it
 * is forgotten when the parent closes the form after the gift is recorded.
 */
export function LimitReasonForm({ message, pending, onSubmit }: Props) {
  const t = useTranslations();
  const [overrideReason, setOverrideReason] = useState("");
  return (
    <form
      className="mt-2 flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(overrideReason);
      }}
    >
      <p role="alert">{message}</p>
      <label className="flex flex-col text-sm">
        {t("stock.overrideReason")}
        <input value={overrideReason} onChange={(event) => setOverrideReason(event.target.value)} maxLength={200} className="min-h-11 rounded-md border border-stone-400 px-2" />
      </label>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("stock.giveAnyway")}
      </Button>
    </form>
  );
}
