"use client";

import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { applyKit } from "@/app/(staff)/tonight/actions";
import type { TonightAnswer } from "@/lib/visits/tonight-state";
import type { KitEntry } from "@/lib/stock/kit-types";
import { FormMessage } from "@/components/ui/form-message";
import { LimitReasonForm } from "@/components/tonight/limit-reason-form";

type Props = {
  visitId: string;
  /** The person's alias (or "anonymous visitor"), for the buttons' accessible names. */
  name: string;
  kits: KitEntry[];
  applyKit: typeof applyKit;
  mayOverride: boolean;
  onAnswer: (answer: TonightAnswer) => void;
};

/**
 * One button per kit of the site: a tap records all its services and items at once (the
 * quantities are the kit's, typed once by the coordinator). A limit reached asks for a reason
 * as a single item does; any other refusal says what stopped it, and nothing was written.
 */
export function KitButtons({ visitId, name, kits, applyKit, mayOverride, onAnswer }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  // The kit a per-person limit stopped, and what the limit said (it names the item).
  const [limit, setLimit] = useState<{ kitId: string; message: string } | null>(null);
  // One id per kit given: a double tap or a retry sends the same one and records it once.
  const [submissionId, setSubmissionId] = useState(() => crypto.randomUUID());
  if (kits.length === 0) return null;
  const kitName = (kit: KitEntry) => (locale === "en" ? kit.nameEn : kit.nameFr);

  const give = (kitId: string, reason?: string) =>
    startTransition(async () => {
      setError(null);
      const result = await applyKit({ visitId, kitId, submissionId, ...(reason ? { overrideReason: reason } : {}) });
      // Kept to be sent again (the line says "not yet saved"): the next kit gets its own id.
      if (!result.ok && result.reason === "database-unavailable") return setSubmissionId(crypto.randomUUID());
      if (result.ok) {
        setSubmissionId(crypto.randomUUID());
        setLimit(null);
        onAnswer(result.data.answer);
      } else if (mayOverride && result.fieldErrors.overrideReason) {
        setLimit({ kitId, message: result.fieldErrors.overrideReason });
      } else {
        setLimit(null);
        setError(result.fieldErrors.overrideReason ?? result.error);
      }
    });

  return (
    <div className="mt-2">
      <p className="text-sm font-medium">{t("kits.desk")}</p>
      <div className="mt-1 flex flex-wrap gap-2">
        {kits.map((kit) => (
          // The contents sit beside the button and describe it: its name stays the kit's and the
          // person's (axe: a button's visible text must be part of its accessible name).
          <div key={kit.id} className="flex flex-col items-start">
            <button
              type="button"
              disabled={pending}
              onClick={() => give(kit.id)}
              aria-label={t("kits.applyFor", { kit: kitName(kit), name })}
              aria-describedby={`kit-${visitId}-${kit.id}`}
              className="min-h-12 rounded-md border-2 border-brand-700 bg-brand-50 px-3 py-1 text-left font-semibold text-brand-800 hover:bg-brand-100 disabled:opacity-60"
            >
              {kitName(kit)}
            </button>
            <span id={`kit-${visitId}-${kit.id}`} className="mt-0.5 text-xs text-stone-700">
              {[
                ...kit.services.map((kind) => t(`enums.service.${kind}`)),
                ...kit.items.map((line) => `${line.quantity} × ${locale === "en" ? line.nameEn : line.nameFr}${line.size ? ` (${line.size})` : ""}`),
              ].join(" · ")}
            </span>
          </div>
        ))}
      </div>
      {limit ? (
        <LimitReasonForm message={limit.message} pending={pending} onSubmit={(reason) => give(limit.kitId, reason)} />
      ) : null}
      {error ? <div className="mt-2"><FormMessage error={error} /></div> : null}
    </div>
  );
}
