// Participant codes: 5 random characters and a check character from Crockford's base 32
// (no I, L, O, U: nothing to confuse with 1, 0 or a word), grouped 3+3 for reading aloud.
// The check character (Luhn mod N) catches every single mistyped character and most swaps of
// two neighbours, so a mistyped code says "not a valid code" instead of finding someone else.
import { randomInt } from "node:crypto";

export const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const N = CODE_ALPHABET.length;
export const CODE_LENGTH = 6;

function checkCharacter(payload: string): string {
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

export function generateCode(random: (max: number) => number = randomInt): string {
  let payload = "";
  for (let index = 0; index < CODE_LENGTH - 1; index++) payload += CODE_ALPHABET[random(N)];
  return payload + checkCharacter(payload);
}

/** What a person types, made comparable: upper case, no spaces or dashes, O→0, I and L→1. */
export function normalizeCodeInput(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

export function isValidCode(input: string): boolean {
  const code = normalizeCodeInput(input);
  if (code.length !== CODE_LENGTH || [...code].some((character) => !CODE_ALPHABET.includes(character))) return false;
  return checkCharacter(code.slice(0, -1)) === code.at(-1);
}

export { formatCode } from "./code-format.ts";
