"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { checkIn, checkInByCode, countAnonymousVisit, registerAndCheckIn } from "@/app/(staff)/tonight/actions";
import type { FailureReason } from "@/lib/actions/action-result";
import type { TonightAnswer } from "@/lib/visits/tonight-state";
import type { SearchHit } from "@/lib/participants/queries";
import { formatCode } from "@/lib/participants/code-format";
import { readScannedCode } from "@/lib/participants/code-check";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { QuickIntakeProps } from "@/components/tonight/quick-intake";
import type { CardScannerProps } from "@/components/tonight/card-scanner";
import type { Labelled } from "@/components/forms/send-until-answered";

// The intake form (react-hook-form and zod) loads only when someone new arrives, so the
// check-in screen itself stays light on a tired tablet.
const QuickIntake = dynamic<QuickIntakeProps>(() => import("@/components/tonight/quick-intake").then((module) => module.QuickIntake));
// The camera and its decoder likewise load on the first "scan a card", never with the page.
const CardScanner = dynamic<CardScannerProps>(() => import("@/components/tonight/card-scanner").then((module) => module.CardScanner), { ssr: false });

type Props = {
  nightId: string;
  mayRegister: boolean;
  /** Labelled: the line shown while the server has not answered (tonight-board.tsx). */
  checkIn: Labelled<typeof checkIn>;
  checkInByCode: Labelled<typeof checkInByCode>;
  countAnonymousVisit: Labelled<typeof countAnonymousVisit>;
  registerAndCheckIn: typeof registerAndCheckIn;
  /** The visit an action changed, as it answered: the board merges it without rendering the page again. */
  onAnswer: (answer: TonightAnswer) => void;
};

export function CheckInPanel({ nightId, mayRegister, checkIn, checkInByCode, countAnonymousVisit, registerAndCheckIn, onAnswer }: Props) {
  const t = useTranslations("tonight");
  const tc = useTranslations("card");
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [results, setHits] = useState<SearchHit[]>([]);
  const [searched, setSearched] = useState(false);
  // The text the shown results answer (the search is debounced: a fast scanner is ahead of it).
  const [answeredFor, setAnsweredFor] = useState("");
  const [active, setActive] = useState(0);
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const [intakeOpen, setIntakeOpen] = useState(false);
  // An emptied box shows nothing, whatever the last answer was.
  const hits = query.trim() ? results : [];
  const [newCode, setNewCode] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [scanning, setScanning] = useState(false);
  // The scan button only where a camera exists (a tablet's, a laptop's), never a bare desk PC.
  const [cameraPossible, setCameraPossible] = useState(false);
  useEffect(() => {
    navigator.mediaDevices
      ?.enumerateDevices?.()
      .then((devices) => setCameraPossible(devices.some((device) => device.kind === "videoinput")))
      .catch(() => {});
  }, []);

  useEffect(() => {
    const text = query.trim();
    if (text.length === 0) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/participants/search?${new URLSearchParams({ q: text, night: nightId })}`, { signal: controller.signal });
        const body = (await response.json()) as SearchHit[] | { error: string };
        if (Array.isArray(body)) {
          setHits(body);
          setActive(0);
          setAnsweredFor(text);
        } else {
          setMessage({ error: body.error });
        }
        setSearched(true);
      } catch (error) {
        if ((error as Error).name !== "AbortError") setMessage({ error: t("noMatch") });
      }
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, nightId, t]);

  const done = (success: string, answer?: TonightAnswer) => {
    setMessage({ success });
    setQuery("");
    setHits([]);
    if (answer) onAnswer(answer);
    input.current?.focus();
  };

  // Not answered (the connection dropped): the board keeps it and sends it again; the desk goes on.
  const refused = (result: { error: string; reason: FailureReason }) => {
    if (result.reason === "database-unavailable") done("");
    setMessage({ error: result.error });
  };

  const checkInHit = (hit: Pick<SearchHit, "id" | "alias" | "code">) =>
    startTransition(async () => {
      setNewCode(null);
      const who = `${hit.alias} (${formatCode(hit.code)})`;
      const result = await checkIn({ nightId, participantId: hit.id }, who);
      if (result.ok) done(`${result.message ?? ""} ${who}`, result.data.answer);
      else refused(result);
    });

  // A card's code (scanner, camera or typed) checks in exactly its holder, without the search.
  const checkInCode = (code: string) =>
    startTransition(async () => {
      setNewCode(null);
      const result = await checkInByCode({ nightId, code }, formatCode(code));
      if (result.ok) {
        const { alias, code: ownCode } = result.data.participant;
        done(`${result.message ?? ""} ${alias} (${formatCode(ownCode)})${result.data.restricted ? ` · ${tc("restrictedNote")}` : ""}`, result.data.answer);
      } else {
        refused(result);
        // Selected, so the next scan replaces the text instead of being appended to it.
        input.current?.select();
      }
    });

  /**
   * Enter on a code-shaped text: the card path, unless it is an alias after all. Six letters can
   * read as a code ("BAXTER"): when the search has answered this very text with people and none
   * holds it as a code, and no digit was typed, Enter picks a result as usual.
   */
  const enterAsCode = (): boolean => {
    const scanned = readScannedCode(query);
    // A result picked with the arrows is the desk's own choice.
    if (!scanned || (active > 0 && hits[active])) return false;
    const text = query.trim();
    const anAlias = !/\d/.test(text) && answeredFor === text && hits.length > 0 && !hits.some((hit) => scanned.kind === "code" && hit.code === scanned.code);
    if (anAlias) return false;
    if (scanned.kind === "code") checkInCode(scanned.code);
    else {
      setMessage({ error: tc("badCheck", { code: text.toUpperCase() }) });
      input.current?.select();
    }
    return true;
  };

  const countAnonymous = () =>
    startTransition(async () => {
      // One id per press: a retry counts the visitor once, a second press counts a second one.
      const result = await countAnonymousVisit({ nightId, submissionId: crypto.randomUUID() }, t("anonymousVisitor"));
      if (result.ok) done(result.message ?? "", result.data.answer);
      else refused(result);
    });

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((index) => Math.min(index + 1, Math.max(hits.length - 1, 0)));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (pending || enterAsCode()) return;
      const hit = hits[active];
      if (hit) checkInHit(hit);
    } else if (event.key === "Escape") {
      setQuery("");
    }
  };

  return (
    <section aria-labelledby="check-in-heading" className="rounded-lg border border-stone-300 bg-white p-4">
      <h2 id="check-in-heading" className="sr-only">
        {t("checkIn")}
      </h2>
      <label htmlFor="check-in-search" className="mb-1 block text-lg font-semibold">
        {t("searchLabel")}
      </label>
      <p id="check-in-hint" className="mb-2 text-sm text-stone-600">
        {t("searchHint")}
      </p>
      <input
        ref={input}
        id="check-in-search"
        type="search"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="check-in-results"
        aria-activedescendant={hits[active] ? `hit-${hits[active].id}` : undefined}
        aria-describedby="check-in-hint"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        maxLength={60}
        className="min-h-14 w-full rounded-md border-2 border-stone-400 px-4 text-xl"
      />
      <ul id="check-in-results" role="listbox" aria-label={t("searchLabel")} className="mt-2 flex flex-col gap-1">
        {hits.map((hit, index) => (
          // The option itself is the control (a click or Enter checks the person in): a button
          // inside an option would nest one interactive control in another.
          <li
            key={hit.id}
            id={`hit-${hit.id}`}
            role="option"
            aria-selected={index === active}
            onClick={() => !pending && checkInHit(hit)}
            onMouseEnter={() => setActive(index)}
            className="flex cursor-pointer items-center justify-between gap-3 rounded-md border border-stone-200 px-3 py-2 aria-selected:border-brand-600 aria-selected:bg-brand-50"
          >
            <div>
              <p className="text-lg font-semibold">
                {hit.alias} <span className="font-mono text-base text-stone-600">{formatCode(hit.code)}</span>
              </p>
              <p className="text-sm text-stone-700">
                {hit.lastVisitDate ? t("lastVisit", { date: hit.lastVisitDate }) : t("neverVisited")}
                {hit.checkedInTonight ? <span className="ml-2 rounded bg-stone-200 px-2 py-0.5 text-xs font-semibold">{t("alreadyInBadge")}</span> : null}
                {hit.restricted ? (
                  <span className="ml-2 rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">
                    {t("restricted")}
                    {hit.restrictionReason ? ` : ${hit.restrictionReason}` : ""}
                  </span>
                ) : null}
              </p>
            </div>
            <span aria-hidden="true" className={`rounded-md px-3 py-2 font-medium ${index === active ? "bg-brand-700 text-white" : "border border-stone-400"}`}>
              {t("checkIn")}
            </span>
          </li>
        ))}
      </ul>
      {searched && hits.length === 0 && query.trim() ? <p className="mt-2 text-stone-700">{t("noMatch")}</p> : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={countAnonymous} disabled={pending}>
          {t("anonymous")}
        </Button>
        {cameraPossible ? (
          <Button type="button" variant="secondary" onClick={() => setScanning((open) => !open)} aria-expanded={scanning}>
            {scanning ? tc("scanStop") : tc("scan")}
          </Button>
        ) : null}
        {mayRegister ? (
          <Button type="button" variant="secondary" onClick={() => setIntakeOpen(true)} aria-expanded={intakeOpen}>
            {t("newPerson")}
          </Button>
        ) : null}
      </div>
      {scanning ? (
        <CardScanner
          onCode={(code) => {
            setScanning(false);
            checkInCode(code);
          }}
          onClose={() => setScanning(false)}
        />
      ) : null}
      <div className="mt-3">
        <FormMessage error={message.error} success={message.success} />
      </div>
      {newCode ? (
        <div className="mt-3 rounded-lg border-2 border-brand-700 bg-brand-50 p-4 text-center">
          <p className="font-medium">{t("codeToRemember")}</p>
          <p className="font-mono text-5xl font-bold tracking-widest text-brand-800" data-testid="new-code">
            {formatCode(newCode)}
          </p>
        </div>
      ) : null}
      {intakeOpen ? (
        <QuickIntake
          nightId={nightId}
          initialAlias={query.trim()}
          register={registerAndCheckIn}
          onDone={(success, code, _participantId, answer) => {
            setIntakeOpen(false);
            done(success, answer);
            setNewCode(code);
          }}
          onPickExisting={(match) => {
            setIntakeOpen(false);
            checkInHit(match);
          }}
          onAnonymous={() => {
            setIntakeOpen(false);
            countAnonymous();
          }}
          onCancel={() => {
            setIntakeOpen(false);
            input.current?.focus();
          }}
        />
      ) : null}
    </section>
  );
}
