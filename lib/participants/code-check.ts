// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// Client-safe: the check character and what a typed or scanned text means as a code. The desk's
// search box reads it in the browser (a USB scanner types the code and Enter faster than the
// search answers), so nothing here may need the server (code.ts adds generation, node:crypto).
// The check character (Luhn mod N) catches every single mistyped character and most swaps of
// two neighbours, so a mistyped code says "not a valid code" instead of finding someone else.

export const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const N = CODE_ALPHABET.length;
export const CODE_LENGTH = 6;

export function checkCharacter(payload: string): string {
  let factor = 2;
  let sum = 0;
  for (let index = payload.length - 1; index >= 0; index--) {
    let addend = factor * CODE_ALPHABET.indexOf(payload[index]!);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
  }
  return CODE_ALPHABET[(N - (sum % N)) % N]!;
}

/** What a person types, made comparable: upper case, no spaces or dashes, O→0, I and L→1. */
export function normalizeCodeInput(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

function codeShaped(code: string): boolean {
  return code.length === CODE_LENGTH && [...code].every((character) => CODE_ALPHABET.includes(character));
}

export function isValidCode(input: string): boolean {
  const code = normalizeCodeInput(input);
  return codeShaped(code) && checkCharacter(code.slice(0, -1)) === code.at(-1);
}

/**
 * What the search box holds, read as a card's code: `code` when it is one (check character
 * right), `bad-check` when it has a code's shape but not its check character (a misread scan, a
 * typo: the desk says so rather than checking in whoever an alias matches), `null` otherwise (an
 * alias, part of a code). Six letters can be both an alias and a code's shape ("MARTIN" reads as
 * MART1N): `bad-check` is only a hint, the caller still prefers a search result when it has one.
 */
export function readScannedCode(input: string): { kind: "code"; code: string } | { kind: "bad-check" } | null {
  const code = normalizeCodeInput(input.trim());
  if (!codeShaped(code)) return null;
  return checkCharacter(code.slice(0, -1)) === code.at(-1) ? { kind: "code", code } : { kind: "bad-check" };
}
