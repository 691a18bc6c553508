import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The paper sheet's entry form: its own words, not the whole desk's (tests/unit/client-messages.test.ts).
export default function PaperSheetLayout({ children }: { children: ReactNode }) {
  return <ClientMessages only={["paperSheet", "common", "enums", "validation", "errors"]}>{children}</ClientMessages>;
}
