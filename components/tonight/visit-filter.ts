// Client-safe: typing in tonight's filter narrows the list to the visits whose alias or code
// holds what was typed, accents and case aside (the desk types "ele" for "Élé").
import type { BoardVisit } from "@/lib/visits/queries";

const fold = (text: string) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();

export function visitMatches(visit: BoardVisit, typed: string, anonymousLabel: string): boolean {
  const wanted = fold(typed.trim());
  if (!wanted) return true;
  if (!visit.participant) return fold(anonymousLabel).includes(wanted);
  // Codes are shown with a separator (1234-5): a code typed with or without it matches.
  const code = visit.participant.code.toLowerCase();
  return fold(visit.participant.alias).includes(wanted) || code.includes(wanted.replace(/[\s-]/g, ""));
}
