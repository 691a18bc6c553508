import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, formatCode, generateCode, isValidCode, normalizeCodeInput } from "@/lib/participants/code";
import { normalizeText, searchPrefixes, searchTermsFor } from "@/lib/participants/search-terms";

describe("participant codes", () => {
  const codes = Array.from({ length: 2000 }, () => generateCode());

  it("are six unambiguous characters that pass their own check", () => {
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
      expect(isValidCode(code)).toBe(true);
    }
  });

  it("catch every single mistyped character", () => {
    for (const code of codes.slice(0, 200)) {
      for (let position = 0; position < code.length; position++) {
        for (const replacement of CODE_ALPHABET) {
          if (replacement === code[position]) continue;
          const typo = code.slice(0, position) + replacement + code.slice(position + 1);
          expect(isValidCode(typo), `${code} → ${typo}`).toBe(false);
        }
      }
    }
  });

  it("catch most swaps of two neighbouring characters", () => {
    let caught = 0;
    let swaps = 0;
    for (const code of codes) {
      for (let position = 0; position < code.length - 1; position++) {
        if (code[position] === code[position + 1]) continue;
        const swapped = code.slice(0, position) + code[position + 1] + code[position] + code.slice(position + 2);
        swaps++;
        if (!isValidCode(swapped)) caught++;
      }
    }
    expect(caught / swaps).toBeGreaterThan(0.95);
  });

  it("forgive how people type them: spaces, dashes, lower case, O for 0, I or L for 1", () => {
    const code = "K7M4Q" + "X";
    expect(normalizeCodeInput(" k7m-4qx ")).toBe(code);
    expect(normalizeCodeInput("O1l")).toBe("011");
    expect(formatCode("K7M4QX")).toBe("K7M 4QX");
    const real = codes[0]!;
    expect(isValidCode(formatCode(real).toLowerCase())).toBe(true);
  });
});

describe("search terms", () => {
  it("ignore accents, case and punctuation", () => {
    expect(normalizeText("  René-Jacques  D'Amour ")).toBe("rene jacques d amour");
    expect(searchTermsFor("Petit Jean", "K7M4QX")).toEqual(["petit", "jean", "#k7m4qx"]);
  });

  it("look up what was typed both as words and as a code", () => {
    expect(searchPrefixes("Rene")).toEqual({ words: ["rene"], code: "#rene" });
    expect(searchPrefixes("k7m 4")).toEqual({ words: ["k7m", "4"], code: "#k7m4" });
    expect(searchPrefixes("é")).toEqual({ words: ["e"], code: null });
  });
});
