import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The messages this section's client components use (tests/unit/client-messages.test.ts).
export default function MyShiftsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages only={["programs", "volunteers", "validation", "errors"]}>{children}</ClientMessages>;
}
