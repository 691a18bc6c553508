import "server-only";
// Participant codes: 5 random characters and a check character from Crockford's base 32
// (no I, L, O, U: nothing to confuse with 1, 0 or a word), grouped 3+3 for reading aloud.
// The alphabet and the check character live in code-check.ts, which the browser may import.
import { randomInt } from "node:crypto";
import { CODE_ALPHABET, CODE_LENGTH, checkCharacter } from "./code-check.ts";

export { CODE_ALPHABET, CODE_LENGTH, isValidCode, normalizeCodeInput, readScannedCode } from "./code-check.ts";

const N = CODE_ALPHABET.length;

export function generateCode(random: (max: number) => number = randomInt): string {
  let payload = "";
  for (let index = 0; index < CODE_LENGTH - 1; index++) payload += CODE_ALPHABET[random(N)];
  return payload + checkCharacter(payload);
}

export { formatCode } from "./code-format.ts";
