import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The messages this section's client components use (tests/unit/client-messages.test.ts).
export default function ClinicLayout({ children }: { children: ReactNode }) {
  return <ClientMessages only={["clinic", "validation", "errors"]}>{children}</ClientMessages>;
}
