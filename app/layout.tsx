import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return {
    title: { default: "Halte", template: "%s · Halte" },
    description: t("tagline"),
    robots: { index: false, follow: false, nocache: true },
    referrer: "no-referrer",
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        {/* app/error.tsx's words; each section's layout gives its own client components theirs. */}
        <ClientMessages only={["errors.unexpectedTitle", "errors.unexpected", "errors.tryAgain"]}>{children}</ClientMessages>
      </body>
    </html>
  );
}
