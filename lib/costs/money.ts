// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// Amounts as a bookkeeper in Québec types or exports them, to integer cents. French-Canadian
// exports write "1 234,56 $" (a space, often a non-breaking one, between thousands and a comma
// before the cents); English ones "$1,234.56". Whatever can only be read one way is accepted;
// "1,234" (one thousand two hundred thirty-four, or one dollar and 234 thousandths?) is refused
// rather than guessed, because a wrong guess is off by a factor of a thousand.

export type AmountResult = { ok: true; cents: number } | { ok: false; reason: AmountProblem };
export type AmountProblem = "notANumber" | "ambiguous" | "tooManyDecimals" | "notPositive" | "tooLarge";

/** Ten million dollars: more than any line of a drop-in's books, small enough to stay exact. */
const MAX_CENTS = 1_000_000_000;

export function parseAmount(raw: string): AmountResult {
  let text = raw.trim().replace(/^(?:CAD|CA\$|\$)\s*/i, "").replace(/\s*(?:\$|CAD|\$\s*CA)$/i, "").trim();
  if (/^\(.*\)$/.test(text) || text.startsWith("-") || text.endsWith("-")) return { ok: false, reason: "notPositive" };
  // Spaces of every width group thousands in French; an apostrophe does in some exports.
  text = text.replace(/[\s\u00A0\u202F\u2009']/g, "");
  if (!/^\d[\d.,]*$/.test(text)) return { ok: false, reason: "notANumber" };

  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  let integerPart = text;
  let decimals = "";
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the last one separates the cents, the other groups thousands.
    const decimalMark = lastDot > lastComma ? "." : ",";
    const groupMark = decimalMark === "." ? "," : ".";
    const at = text.lastIndexOf(decimalMark);
    integerPart = text.slice(0, at);
    decimals = text.slice(at + 1);
    if (integerPart.includes(decimalMark) || !validGrouping(integerPart, groupMark)) return { ok: false, reason: "notANumber" };
    integerPart = integerPart.split(groupMark).join("");
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? "." : ",";
    const parts = text.split(mark);
    if (parts.length > 2) {
      // Several of the same mark can only group thousands.
      if (!validGrouping(text, mark)) return { ok: false, reason: "notANumber" };
      integerPart = parts.join("");
    } else {
      const after = parts[1]!;
      if (after.length === 3) return { ok: false, reason: "ambiguous" };
      if (after.length === 0) return { ok: false, reason: "notANumber" };
      integerPart = parts[0]!;
      decimals = after;
    }
  }
  if (decimals.length > 2) return { ok: false, reason: "tooManyDecimals" };
  if (!/^\d+$/.test(integerPart) || !/^\d*$/.test(decimals)) return { ok: false, reason: "notANumber" };

  const cents = Number(integerPart) * 100 + Number(decimals.padEnd(2, "0") || "0");
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS) return { ok: false, reason: "tooLarge" };
  if (cents <= 0) return { ok: false, reason: "notPositive" };
  return { ok: true, cents };
}

/** "1,234,567" groups by three after a first group of one to three digits. */
function validGrouping(text: string, mark: string): boolean {
  const groups = text.split(mark);
  return /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((group) => /^\d{3}$/.test(group));
}

/** Cents as a person reads them: "1 234,56 $" in French, "$1,234.56" in English. */
export function formatCents(cents: number, locale: "fr" | "en", options: { whole?: boolean } = {}): string {
  const digits = options.whole ? 0 : 2;
  return new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA", {
    style: "currency",
    currency: "CAD",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(cents / 100);
}
