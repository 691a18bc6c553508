// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// A pure function of the messages (tests call it too).
import type { AbstractIntlMessages } from "next-intl";

/**
 * The part of the messages a subtree's client components need: whole namespaces ("tonight") or
 * single messages ("referrals.followUpDue"). Whatever a NextIntlClientProvider is given travels in
 * every page's HTML and React payload, so each layout hands its client components only theirs
 * (components/i18n/client-messages.tsx); a namespace a client component needs and its layout does
 * not list fails tests/unit/client-messages.test.ts.
 */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const dotted of paths) {
    const parts = dotted.split(".");
    let from: AbstractIntlMessages | string | undefined = messages;
    let to = picked;
    for (const [index, part] of parts.entries()) {
      if (typeof from !== "object" || !(part in from)) throw new Error(`No message or namespace "${dotted}" to send to the browser`);
      from = from[part];
      if (index === parts.length - 1) to[part] = from!;
      else to = (to[part] ??= {}) as AbstractIntlMessages;
    }
  }
  return picked;
}
