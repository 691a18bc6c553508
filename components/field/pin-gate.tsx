"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { PIN_PATTERN } from "@/lib/field/client/crypto";
import { eraseQueueAndPin, setPin, unlock, wrongPins } from "@/lib/field/client/store";
import { Button } from "@/components/ui/button";

/** After this many wrong PINs in a row the worker is warned and may erase the queue (never silently). */
export const WRONG_PINS_BEFORE_ERASE = 10;

const inputClass = "min-h-12 rounded-md border border-stone-400 bg-white px-3 text-lg tracking-widest";

/**
 * The queue opens with the PIN the worker set on this device: the first time a field form opens,
 * they choose it (typed twice); after a reload, they type it. The key it gives stays in memory.
 */
export function PinGate({ state, onOpen, onErased }: { state: "no-pin" | "locked"; onOpen: () => void; onErased: () => void }) {
  return state === "no-pin" ? <PinSetup onOpen={onOpen} /> : <PinUnlock onOpen={onOpen} onErased={onErased} />;
}

function PinSetup({ onOpen }: { onOpen: () => void }) {
  const t = useTranslations("field.pin");
  const [pin, setPinValue] = useState("");
  const [again, setAgain] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!PIN_PATTERN.test(pin)) return setError(t("format"));
    if (pin !== again) return setError(t("mismatch"));
    setError(null);
    setBusy(true);
    try {
      await setPin(pin);
      onOpen();
    } finally {
      setBusy(false);
    }
  }

  return (
    <PinForm id="pin-setup" title={t("setTitle")} lead={t("setLead")} error={error} busy={busy} submitLabel={t("set")} onSubmit={submit}>
      <PinField label={t("newPin")} value={pin} onChange={setPinValue} />
      <PinField label={t("pinAgain")} value={again} onChange={setAgain} />
    </PinForm>
  );
}

function PinUnlock({ onOpen, onErased }: { onOpen: () => void; onErased: () => void }) {
  const t = useTranslations("field.pin");
  const [pin, setPinValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  // Wrong PINs are counted across reloads: the warning stays until a right PIN or the erasure.
  useEffect(() => {
    void wrongPins().then(setFailures);
  }, []);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!PIN_PATTERN.test(pin)) return setError(t("format"));
    setBusy(true);
    try {
      if (await unlock(pin)) return onOpen();
      setFailures(await wrongPins());
      setError(t("wrong"));
      setPinValue("");
    } finally {
      setBusy(false);
    }
  }

  return (
    <PinForm
      id="pin-unlock"
      title={t("unlockTitle")}
      lead={t("unlockLead")}
      error={error}
      busy={busy}
      submitLabel={t("unlock")}
      onSubmit={submit}
      after={
        failures >= WRONG_PINS_BEFORE_ERASE ? (
          <div className="flex flex-col gap-2 rounded-md border border-amber-400 bg-amber-50 p-3">
            <p role="alert" className="font-medium text-amber-950">
              {t("tooMany", { count: failures })}
            </p>
            <Button
              type="button"
              variant={asking ? "danger" : "secondary"}
              onClick={() => {
                if (!asking) return setAsking(true);
                void eraseQueueAndPin().then(onErased);
              }}
            >
              {asking ? t("eraseConfirm") : t("erase")}
            </Button>
          </div>
        ) : null
      }
    >
      <PinField label={t("pin")} value={pin} onChange={setPinValue} />
    </PinForm>
  );
}

function PinField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <label className="flex flex-col gap-1 font-medium">
      {label}
      <input type="password" inputMode="numeric" autoComplete="off" value={value} onChange={(event) => onChange(event.target.value.trim())} className={inputClass} />
    </label>
  );
}

/** The PIN screens' shell: a titled form, its fields, the error read out, its button, and what comes after it (the erase offer). */
function PinForm(props: {
  id: string;
  title: string;
  lead: string;
  error: string | null;
  busy: boolean;
  submitLabel: string;
  onSubmit: (event: React.FormEvent) => Promise<void>;
  children: React.ReactNode;
  after?: React.ReactNode;
}) {
  const t = useTranslations("field.pin");
  return (
    <form onSubmit={(event) => void props.onSubmit(event)} noValidate className="flex flex-col gap-3 rounded-lg border border-stone-300 bg-white p-3" aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`} className="text-lg font-semibold">
        {props.title}
      </h2>
      <p className="text-sm text-stone-700">{props.lead}</p>
      {props.children}
      {props.error ? (
        <p role="alert" className="font-medium text-red-800">
          {props.error}
        </p>
      ) : null}
      <Button type="submit" disabled={props.busy} className="min-h-14 w-full text-lg">
        {props.busy ? t("checking") : props.submitLabel}
      </Button>
      {props.after}
    </form>
  );
}
