"use client";

import { useEffect, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { TonightAnswer, TonightState } from "@/lib/visits/tonight-state";
import { mergeAnswer, missesVisits } from "@/components/tonight/merge-answer";
import { CheckInPanel } from "@/components/tonight/check-in-panel";
import { VisitCard, type VisitActions } from "@/components/tonight/visit-card";

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
  // A new server render (navigation, the idle refresh) replaces the state it was made from.
  const [rendered, setRendered] = useState(initial);
  if (rendered !== initial) {
    setRendered(initial);
    setState(initial);
  }
  const onAnswer = (answer: TonightAnswer) => {
    // Closed or reopened meanwhile (another desk): the page itself must change.
    if (answer.nightId !== initial.nightId) return router.refresh();
    setState((current) => mergeAnswer(current, answer));
    // Someone checked in at another desk: the whole list comes after, in the background.
    if (missesVisits(state, answer)) router.refresh();
  };

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, IDLE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [router]);

  const { board, catalogue } = state;
  return (
    <>
      <p className="mb-4 text-lg font-medium" data-testid="tonight-counts" aria-live="polite">
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
        <section aria-labelledby="in-tonight-heading">
          <h2 id="in-tonight-heading" className="mb-2 text-lg font-semibold">
            {t("inTonight")}
          </h2>
          {board.visits.length === 0 ? <p className="text-stone-700">{t("emptyList")}</p> : null}
          <ul className="flex flex-col gap-3" data-testid="visit-list">
            {board.visits.map((visit) => (
              <VisitCard key={visit.id} visit={visit} catalogue={catalogue} kits={state.kits} actions={actions} mayOverride={mayOverride} onAnswer={onAnswer} />
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
