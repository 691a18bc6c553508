import "server-only";
// Accent- and case-insensitive search: "rene" finds "René", "jean" finds "Petit Jean".
// Shared by the code that stores the terms and the code that searches them.
import { normalizeCodeInput } from "./code.ts";

const MAX_TERM = 40;
/** Code terms start with "#": a word typed after an alias ("tulipe r") must not match a code. */
export const CODE_TERM_PREFIX = "#";

export function codeTerm(code: string): string {
  return `${CODE_TERM_PREFIX}${code.toLowerCase()}`;
}

export function normalizeText(input: string): string {
  return input
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** One term per word of the alias, plus the code (marked): each is searched by prefix. */
export function searchTermsFor(alias: string, code: string, formerCode?: string | null): string[] {
  const words = normalizeText(alias).split(" ").filter(Boolean).map((word) => word.slice(0, MAX_TERM));
  return [...new Set([...words, codeTerm(code), ...formerCodeTerms(formerCode)])];
}

/**
 * A code from the centre's spreadsheets ("RZ-0042") is found as the words are: its parts ("rz",
 * "0042") and the whole without separators ("rz0042"), so "RZ-0042", "rz0042" and "0042" all find
 * the person. Not marked like a Halte code: an old code has no check character and any shape.
 */
export function formerCodeTerms(formerCode: string | null | undefined): string[] {
  if (!formerCode) return [];
  const parts = normalizeText(formerCode).split(" ").filter(Boolean);
  const whole = parts.join("");
  return [...new Set([...parts, whole])].filter(Boolean).map((term) => term.slice(0, MAX_TERM));
}

/** Two spellings of one old code ("rz-0042", "RZ 0042") are the same code. */
export function formerCodeKey(formerCode: string): string {
  return normalizeText(formerCode).replace(/ /g, "");
}

/** The prefixes to look up for what was typed: as alias words, and as a code. */
export function searchPrefixes(query: string): { words: string[]; code: string | null } {
  const words = normalizeText(query).split(" ").filter(Boolean).slice(0, 4);
  const code = normalizeCodeInput(query).toLowerCase();
  return { words, code: /^[0-9a-z]{2,6}$/.test(code) ? codeTerm(code) : null };
}

/** LIKE treats % and _ as wildcards; normalised terms never contain them, but be explicit. */
export function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
}
