import type { ReactNode } from "react";
import type { Viewport } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";

// The field pages sit outside the staff shell: their HTML is kept by the service worker for
// offline use, so it must hold nothing personal, not even the signed-in person's name (the
// staff header shows it). What they show comes from the device's store (components/field).
export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#185644" };

export default function FieldLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages only={["field", "outreach", "clinic", "nav", "validation", "errors"]}>
      <main id="main">{children}</main>
    </ClientMessages>
  );
}
