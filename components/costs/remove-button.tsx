"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/action-result";
import { Button } from "@/components/ui/button";

/** A small confirmed removal (an expense, a whole import) that refreshes the page after. */
export function RemoveButton({ label, confirm, run }: { label: string; confirm: string; run: () => Promise<ActionResult<unknown>> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(confirm)) return;
          startTransition(async () => {
            const result = await run();
            if (result.ok) router.refresh();
            else setError(result.error);
          });
        }}
      >
        {label}
      </Button>
      {error ? <span role="alert" className="text-sm text-red-800">{error}</span> : null}
    </span>
  );
}
