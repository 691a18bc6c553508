"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { FieldReference } from "@/lib/field/reference";
import type { FieldClinicSessionInput, FieldShiftInput } from "@/lib/field/schemas";
import { freshness, type EntryKind, type QueueRecord } from "@/lib/field/client/queue-rules";
import { enqueue, isUnlocked, lockState, openEntry, queueRecords, removeEntry, saveReference, storedReference, type LockState } from "@/lib/field/client/store";
import { syncQueue } from "@/lib/field/client/sync";
import { eraseFieldData } from "@/lib/field/client/erase";
import { Button } from "@/components/ui/button";
import { OutreachEntryForm } from "@/components/field/outreach-entry-form";
import { ClinicEntryForm } from "@/components/field/clinic-entry-form";
import { PinGate } from "@/components/field/pin-gate";

type Page = "outreach" | "clinic";
const KIND: Record<Page, EntryKind> = { outreach: "outreach-shift", clinic: "clinic-session" };

/**
 * A field page: its form, the queue waiting on this device (a badge with the count), the sync
 * when the network is there, and a sign-out that erases the device's store after a warning.
 * Everything it shows comes from the device's store or the network, never from the page's HTML,
 * which the service worker may keep for offline use.
 */
export function FieldApp({ page, signOut }: { page: Page; signOut: () => Promise<void> }) {
  const t = useTranslations();
  const format = useFormatter();
  const [reference, setReference] = useState<FieldReference | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [records, setRecords] = useState<QueueRecord[]>([]);
  const online = useSyncExternalStore(subscribeToNetwork, () => navigator.onLine, () => true);
  const [syncing, setSyncing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: string; entry: unknown } | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [lock, setLock] = useState<LockState | null>(null);
  const syncingRef = useRef(false);

  const refresh = useCallback(async () => {
    const current = await queueRecords();
    // 12 hours without a sync: the entry goes (the worker was warned from 10 hours on).
    const expired = current.filter((record) => freshness(record.recordedAt, Date.now()) === "expired");
    for (const record of expired) await removeEntry(record.id);
    if (expired.length > 0) setNotice(t("field.expiredErased", { count: expired.length }));
    setRecords(current.filter((record) => !expired.includes(record)));
    setNow(Date.now());
  }, [t]);

  const loadReference = useCallback(async (): Promise<FieldReference | null> => {
    try {
      const response = await fetch("/api/field/reference", { cache: "no-store", credentials: "same-origin" });
      if (response.ok) {
        const fresh = (await response.json()) as FieldReference;
        await saveReference(fresh);
        setReference(fresh);
        return fresh;
      }
      if (response.status === 401) setNotice(t("field.signInAgain"));
    } catch {
      // Offline: the copy kept on the device.
    }
    const kept = await storedReference();
    setReference(kept);
    return kept;
  }, [t]);

  const sync = useCallback(
    async (userId: string) => {
      // Entries open only with the PIN's key: a locked queue waits for the worker's PIN.
      if (syncingRef.current || !navigator.onLine || !isUnlocked()) return;
      syncingRef.current = true;
      setSyncing(true);
      try {
        const report = await syncQueue(userId);
        if (report.stoppedBy === "signed-out") setNotice(t("field.signInAgain"));
        else if (report.recorded > 0 || report.refused > 0) setNotice(t("field.syncReport", { recorded: report.recorded, refused: report.refused }));
      } finally {
        syncingRef.current = false;
        setSyncing(false);
        await refresh();
      }
    },
    [refresh, t],
  );

  useEffect(() => {
    // The service worker is registered from the field pages only: no other page loads it.
    if ("serviceWorker" in navigator) void navigator.serviceWorker.register("/serwist/sw.js", { scope: "/" }).catch(() => {});
    void (async () => {
      const ready = await loadReference();
      await refresh();
      setLock(await lockState());
      setLoaded(true);
      if (ready) await sync(ready.userId);
    })();
  }, [loadReference, refresh, sync]);

  useEffect(() => {
    const back = () => {
      void loadReference().then((ready) => (ready ? sync(ready.userId) : undefined));
    };
    window.addEventListener("online", back);
    const timer = window.setInterval(() => {
      void refresh();
      if (navigator.onLine && reference) void sync(reference.userId);
    }, 60_000);
    return () => {
      window.removeEventListener("online", back);
      window.clearInterval(timer);
    };
  }, [loadReference, refresh, sync, reference]);

  async function save(entry: FieldShiftInput | FieldClinicSessionInput): Promise<boolean> {
    if (!reference) return false;
    // Signed out in another tab (the store erased, the key dropped): the PIN screen comes back
    // and the form keeps what was typed.
    if (!isUnlocked()) {
      setLock(await lockState());
      return false;
    }
    await enqueue(KIND[page], reference.userId, entry as { submissionId: string; recordedAt: number });
    setEditing(null);
    await refresh();
    void sync(reference.userId);
    return true;
  }

  async function opened() {
    setLock("open");
    if (reference) await sync(reference.userId);
  }

  async function correct(record: QueueRecord) {
    const entry = await openEntry(record.id);
    setEditing({ id: record.id, entry });
    window.scrollTo({ top: 0 });
  }

  const waiting = records.length;
  const warned = records.some((record) => freshness(record.recordedAt, now) === "warn");
  const outreach = reference?.outreach ?? null;
  const clinic = reference?.clinic ?? null;
  const form = page === "outreach" ? outreach : clinic;

  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-4 px-3 py-3">
      <header className="sticky top-0 z-10 -mx-3 flex items-center justify-between gap-2 bg-brand-700 px-3 py-2 text-white">
        <p className="text-lg font-semibold">{page === "outreach" ? t("field.outreachTitle") : t("field.clinicTitle")}</p>
        <p className="flex items-center gap-2 text-sm">
          <span data-testid="field-network">{online ? t("field.online") : t("field.offline")}</span>
          <span data-testid="field-badge" aria-live="polite" className={`rounded-full px-3 py-1 font-semibold ${waiting > 0 ? "bg-amber-300 text-stone-900" : "bg-white/20"}`}>
            {t("field.waiting", { count: waiting })}
          </span>
        </p>
      </header>
      {syncing ? <p role="status">{t("field.syncing")}</p> : null}
      {notice ? (
        <p role="status" className="rounded-md border border-stone-300 bg-white p-3">
          {notice}
        </p>
      ) : null}
      {warned ? (
        <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 font-medium text-amber-950">
          {t("field.expiryWarning")}
        </p>
      ) : null}

      {!loaded ? <p>{t("field.loading")}</p> : null}
      {loaded && !reference ? <p role="alert">{t("field.noReference")}</p> : null}
      {reference && !form ? <OtherPage href={page === "outreach" ? "/field/clinic" : "/field/outreach"} label={t(page === "outreach" ? "field.clinicTitle" : "field.outreachTitle")} /> : null}
      {reference && form && (lock === "no-pin" || lock === "locked") ? <PinGate state={lock} onOpen={() => void opened()} onErased={() => void refresh().then(() => setLock("no-pin"))} /> : null}
      {/* Hidden, not unmounted, while the PIN is asked: what the worker typed survives a lock. */}
      <div hidden={lock !== "open"}>
        {reference && outreach && page === "outreach" ? (
          <OutreachEntryForm key={editing?.id ?? "new"} reference={outreach} timeZone={reference.timeZone} initial={(editing?.entry as FieldShiftInput | undefined) ?? null} save={save} />
        ) : null}
        {reference && clinic && page === "clinic" ? (
          <ClinicEntryForm key={editing?.id ?? "new"} reference={clinic} timeZone={reference.timeZone} initial={(editing?.entry as FieldClinicSessionInput | undefined) ?? null} save={save} />
        ) : null}
      </div>

      <section aria-labelledby="queue-heading" className="flex flex-col gap-2 rounded-lg border border-stone-300 bg-white p-3">
        <h2 id="queue-heading" className="font-semibold">
          {t("field.queueTitle")}
        </h2>
        <p className="text-sm text-stone-700">{t("field.queueLead")}</p>
        {records.length === 0 ? <p>{t("field.queueEmpty")}</p> : null}
        <ul className="flex flex-col gap-2" data-testid="field-queue">
          {records.map((record) => (
            <li key={record.id} className="rounded-md border border-stone-200 p-2" data-status={record.status}>
              <p className="font-medium">
                {t(`field.kinds.${record.kind}`)} · {format.dateTime(new Date(record.recordedAt), { dateStyle: "short", timeStyle: "short" })}
              </p>
              {record.status === "waiting" ? <p className="text-sm">{t("field.statusWaiting")}</p> : null}
              {record.status === "refused" ? (
                <div className="flex flex-col gap-2">
                  <p role="alert" className="text-sm font-medium text-red-800">
                    {t("field.refused", { reason: record.error ?? "" })}
                  </p>
                  <div className="flex gap-2">
                    {record.kind === KIND[page] && lock === "open" ? (
                      <Button type="button" variant="secondary" onClick={() => void correct(record)}>
                        {t("field.correct")}
                      </Button>
                    ) : null}
                    <DiscardButton onDiscard={async () => { await removeEntry(record.id); await refresh(); }} />
                  </div>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <nav aria-label={t("field.otherPages")} className="flex flex-wrap gap-3 text-sm">
        {page === "clinic" && outreach ? <Link className="underline" href="/field/outreach">{t("field.outreachTitle")}</Link> : null}
        {page === "outreach" && clinic ? <Link className="underline" href="/field/clinic">{t("field.clinicTitle")}</Link> : null}
        <Link className="underline" href="/">
          {t("field.backToDesk")}
        </Link>
      </nav>
      <FieldSignOut waiting={waiting} signOut={signOut} />
    </div>
  );
}

function subscribeToNetwork(change: () => void) {
  window.addEventListener("online", change);
  window.addEventListener("offline", change);
  return () => {
    window.removeEventListener("online", change);
    window.removeEventListener("offline", change);
  };
}

function OtherPage({ href, label }: { href: string; label: string }) {
  const t = useTranslations();
  return (
    <p>
      {t("field.notForRole")}{" "}
      <Link className="underline" href={href}>
        {label}
      </Link>
    </p>
  );
}

/** Discarding is the worker's decision: asked twice. */
function DiscardButton({ onDiscard }: { onDiscard: () => Promise<void> }) {
  const t = useTranslations();
  const [asking, setAsking] = useState(false);
  return asking ? (
    <Button type="button" variant="danger" onClick={() => void onDiscard()}>
      {t("field.discardConfirm")}
    </Button>
  ) : (
    <Button type="button" variant="secondary" onClick={() => setAsking(true)}>
      {t("field.discard")}
    </Button>
  );
}

/**
 * Signing out erases the device's queue, the PIN's lock (the key goes with the page), the reference data and the cached field pages;
 * with entries still waiting, the worker is told how many will be lost and confirms first.
 */
function FieldSignOut({ waiting, signOut }: { waiting: number; signOut: () => Promise<void> }) {
  const t = useTranslations();
  const [asking, setAsking] = useState(false);
  const erased = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    if (erased.current) return;
    event.preventDefault();
    if (waiting > 0 && !asking) {
      setAsking(true);
      return;
    }
    await eraseFieldData();
    erased.current = true;
    formRef.current?.requestSubmit();
  }
  return (
    <form ref={formRef} action={signOut} onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-2 border-t border-stone-300 pt-3">
      {asking ? (
        <p role="alert" className="font-medium text-red-800">
          {t("field.signOutWarning", { count: waiting })}
        </p>
      ) : null}
      <Button type="submit" variant={asking ? "danger" : "secondary"}>
        {asking ? t("field.signOutAnyway") : t("nav.signOut")}
      </Button>
    </form>
  );
}
