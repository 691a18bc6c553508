"use client";

import { startTransition, useDeferredValue, useEffect, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { TonightAnswer, TonightState } from "@/lib/visits/tonight-state";
import { mergeAnswer, missesVisits, rebase } from "@/components/tonight/merge-answer";
import { CheckInPanel } from "@/components/tonight/check-in-panel";
import { VisitCard, type VisitActions } from "@/components/tonight/visit-card";
import { VisitRow } from "@/components/tonight/visit-row";
import { visitMatches } from "@/components/tonight/visit-filter";

type PanelActions = Pick<Parameters<typeof CheckInPanel>[0], "checkIn" | "checkInByCode" | "countAnonymousVisit" | "registerAndCheckIn">;

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

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, IDLE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [router]);

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
            checkIn={actions.checkIn}
            checkInByCode={actions.checkInByCode}
            countAnonymousVisit={actions.countAnonymousVisit}
            registerAndCheckIn={actions.registerAndCheckIn}
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
          <ul className="grid gap-1 xl:grid-cols-2 xl:gap-x-2 xl:gap-y-0.5" data-testid="visit-list">
            {visits.map((visit) => (
              <VisitRow key={visit.id} visit={visit} open={openId === visit.id} onToggle={() => setOpenId((current) => (current === visit.id ? null : visit.id))}>
                <VisitCard visit={visit} catalogue={catalogue} kits={state.kits} actions={actions} mayOverride={mayOverride} onAnswer={onAnswer} />
              </VisitRow>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
