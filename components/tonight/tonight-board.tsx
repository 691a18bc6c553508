"use client";

import { startTransition, useDeferredValue, useEffect, useEffectEvent, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { TonightAnswer, TonightState } from "@/lib/visits/tonight-state";
import { mergeAnswer, missesVisits, rebase } from "@/components/tonight/merge-answer";
import { CheckInPanel } from "@/components/tonight/check-in-panel";
import { VisitCard, type VisitActions } from "@/components/tonight/visit-card";
import { VisitRow } from "@/components/tonight/visit-row";
import { visitMatches } from "@/components/tonight/visit-filter";
import { createRetryQueue, type Saved, type Waiting } from "@/components/forms/send-until-answered";
import type { ActionResult } from "@/lib/actions/action-result";

type PanelActions = Pick<Parameters<typeof CheckInPanel>[0], "checkIn" | "checkInByCode" | "countAnonymousVisit" | "registerAndCheckIn">;
type AnyAction = (input: unknown, label?: string) => Promise<ActionResult<never>>;

type Props = {
  initial: TonightState & { nightId: string };
  mayRegister: boolean;
  mayOverride: boolean;
  actions: PanelActions & VisitActions;
  /** The left column's other sections (workshops, the team, closing), rendered on the server. */
  aside: ReactNode;
};

/** Other desks' check-ins reach an idle screen within this delay (and whenever it acts itself). */
const IDLE_REFRESH_MS = 30_000;

/**
 * Tonight's screen as one piece of client state: the search panel, the counts and the list.
 * Every desk action answers with the visit it changed and the night's counts
 * (lib/visits/tonight-state.ts), merged here: one round trip from Enter to the person listed,
 * no second render. A visit another desk added shows the answer is behind: the whole list
 * is fetched again in the background (and every 30 s on an idle screen).
 */
export function TonightBoard({ initial, mayRegister, mayOverride, actions, aside }: Props) {
  const t = useTranslations("tonight");
  const router = useRouter();
  const [state, setState] = useState<TonightState>(initial);
  // The state as last merged, and the answers since the last render: answers can come quicker
  // than renders, and a render started before an answer can arrive after it.
  const latest = useRef<TonightState>(initial);
  const [answers, setAnswers] = useState<TonightAnswer[]>([]);
  // A new server render (navigation, the idle refresh) replaces the state, answers newer than it replayed.
  const [rendered, setRendered] = useState(initial);
  if (rendered !== initial) {
    setRendered(initial);
    const newer = answers.filter((answer) => answer.readAt > initial.readAt);
    setAnswers(newer);
    setState(rebase(initial, newer));
  }
  useEffect(() => {
    latest.current = state;
  }, [state]);
  // One visit's panel is open at a time, in place under its line.
  const [openId, setOpenId] = useState<string | null>(null);
  const [filter, setFilter] = useState("");
  const shownFilter = useDeferredValue(filter);
  const onAnswer = (answer: TonightAnswer) => {
    // Closed or reopened meanwhile (another desk): the page itself must change.
    if (answer.nightId !== initial.nightId) return router.refresh();
    // A person just checked in at this desk: their panel opens, for the services of the visit.
    const before = latest.current;
    // The line first, the panel in the render after: Enter to the person listed stays one small render.
    const added = answer.visit && !before.board.visits.some((visit) => visit.id === answer.visit!.id) ? answer.visit.id : null;
    if (added) startTransition(() => setOpenId(added));
    setAnswers((current) => [...current, answer]);
    latest.current = mergeAnswer(before, answer);
    setState(latest.current);
    // Someone checked in at another desk: the whole list comes after, in the background.
    if (missesVisits(before, answer)) router.refresh();
  };

  // What the server has not answered yet (a dropped connection, the database away): kept in
  // memory and sent again, the same input each time, until it answers (send-until-answered.ts).
  const [waiting, setWaiting] = useState<Waiting[]>([]);
  const [saved, setSaved] = useState<string[]>([]);
  const [queue] = useState(() => createRetryQueue({ onChange: setWaiting }));
  // The queue outlives renders: a late success is merged with the latest render's state and
  // handler (an effect event), registered once rather than after every render.
  const onLateSuccess = useEffectEvent((result: Saved) => {
    const answer = (result.data as { answer?: TonightAnswer }).answer;
    if (!answer) return;
    onAnswer(answer);
    if (answer.visit) setSaved((ids) => [...ids, answer.visit!.id]);
  });
  useEffect(() => queue.onSaved((result) => onLateSuccess(result)), [queue]);
  const waitingNow = waiting.some((entry) => !entry.error);
  const [desk] = useState(() => {
    const wrap = (action: AnyAction): AnyAction => async (input, label) =>
      (await queue.send(() => action(input), label ?? "", (input as { visitId?: string }).visitId)) ?? { ok: false, error: t("notYetSaved"), fieldErrors: {}, reason: "database-unavailable" };
    return Object.fromEntries(Object.entries(actions).map(([name, action]) => [name, name === "registerAndCheckIn" ? action : wrap(action as AnyAction)])) as typeof actions;
  });
  useEffect(() => {
    if (!waitingNow) return;
    // Leaving the page would lose what is not yet saved: the browser asks first.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener("beforeunload", warn);
    return () => removeEventListener("beforeunload", warn);
  }, [waitingNow]);

  useEffect(() => {
    const timer = setInterval(() => {
      // Not while sends wait: a refresh the server cannot answer would replace this screen.
      if (document.visibilityState === "visible" && !waitingNow) router.refresh();
    }, IDLE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [router, waitingNow]);

  const { board, catalogue } = state;
  const visits = shownFilter ? board.visits.filter((visit) => visitMatches(visit, shownFilter, t("anonymousVisitor"))) : board.visits;
  return (
    <>
      {/* The counts stay in view while the list scrolls. */}
      <p className="sticky top-0 z-10 -mx-4 mb-3 bg-stone-50/95 px-4 py-1 text-lg font-medium" data-testid="tonight-counts" aria-live="polite">
        {t("counts", board.counts)}
      </p>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="flex flex-col gap-6">
          <CheckInPanel
            nightId={initial.nightId}
            mayRegister={mayRegister}
            checkIn={desk.checkIn}
            checkInByCode={desk.checkInByCode}
            countAnonymousVisit={desk.countAnonymousVisit}
            registerAndCheckIn={desk.registerAndCheckIn}
            onAnswer={onAnswer}
          />
          {aside}
        </div>
        <section aria-labelledby="in-tonight-heading" className="min-w-0">
          <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
            <h2 id="in-tonight-heading" className="text-lg font-semibold">
              {t("inTonight")}
            </h2>
            {board.visits.length > 0 ? (
              <label className="flex items-center gap-2 text-sm">
                {t("filterLabel")}
                <input
                  type="search"
                  value={filter}
                  onChange={(event) => setFilter(event.target.value)}
                  autoComplete="off"
                  className="min-h-11 w-48 rounded-md border border-stone-400 px-2 lg:min-h-9"
                />
              </label>
            ) : null}
          </div>
          {board.visits.length === 0 ? <p className="text-stone-700">{t("emptyList")}</p> : null}
          {board.visits.length > 0 && visits.length === 0 ? <p className="text-stone-700">{t("filterNoMatch")}</p> : null}
          {waiting.some((entry) => !entry.visitId) ? (
            <ul className="mb-1 grid gap-1" data-testid="waiting-list">
              {waiting.filter((entry) => !entry.visitId).map((entry) => (
                <li key={entry.id} className="flex items-center gap-2 rounded-md border border-dashed border-amber-500 bg-amber-50 px-2 py-1">
                  <span className="flex-1 truncate font-semibold">{entry.label}</span>
                  <Waits entry={entry} dismiss={queue.dismiss} />
                </li>
              ))}
            </ul>
          ) : null}
          <ul className="grid gap-1 xl:grid-cols-2 xl:gap-x-2 xl:gap-y-0.5" data-testid="visit-list">
            {visits.map((visit) => {
              const mine = waiting.filter((entry) => entry.visitId === visit.id);
              return (
                <VisitRow
                  key={visit.id}
                  visit={visit}
                  open={openId === visit.id}
                  onToggle={() => setOpenId((current) => (current === visit.id ? null : visit.id))}
                  state={mine.length ? mine.map((entry) => <Waits key={entry.id} entry={entry} dismiss={queue.dismiss} />) : saved.includes(visit.id) ? <span className="text-xs text-brand-800">{t("savedMark")}</span> : null}
                >
                  <VisitCard visit={visit} catalogue={catalogue} kits={state.kits} actions={desk} mayOverride={mayOverride} onAnswer={onAnswer} />
                </VisitRow>
              );
            })}
          </ul>
        </section>
      </div>
    </>
  );
}

/** A send not yet answered, or refused once it arrived (then with the server's reason, to put aside). */
function Waits({ entry, dismiss }: { entry: Waiting; dismiss: (id: number) => void }) {
  const t = useTranslations("tonight");
  if (!entry.error) return <span className="shrink-0 rounded bg-amber-200 px-1.5 text-xs font-semibold text-amber-950">{t("notYetSavedMark")}</span>;
  return (
    <span role="alert" className="flex min-w-0 items-center gap-1 text-xs text-red-900">
      <span className="truncate">{t("refusedMark", { reason: entry.error })}</span>
      <button type="button" onClick={() => dismiss(entry.id)} className="rounded border border-red-300 px-1">
        {t("dismiss")}
      </button>
    </span>
  );
}
