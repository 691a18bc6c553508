import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages } from "@/lib/i18n/pick-messages";

/**
 * The messages the client components below need, and no others: a provider replaces the one
 * above it, so `only` lists every namespace (or single message) of this subtree's client
 * components. A PEER's page then carries none of the clinic's words, and a page's HTML no longer
 * holds all 1,700 messages. Server components translate with getTranslations, unaffected.
 */
export async function ClientMessages({ only, children }: { only: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, only)}>{children}</NextIntlClientProvider>;
}
