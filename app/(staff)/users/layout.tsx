import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The messages this section's client components use (tests/unit/client-messages.test.ts).
export default function UsersLayout({ children }: { children: ReactNode }) {
  return <ClientMessages only={["users", "roles", "validation", "errors"]}>{children}</ClientMessages>;
}
