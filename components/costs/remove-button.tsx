"use client";

import type { ActionResult } from "@/lib/actions/action-result";
import { useActionCall } from "@/components/forms/use-action-call";
import { Button } from "@/components/ui/button";

/** A small confirmed removal (an expense, a whole import) that refreshes the page after. */
export function RemoveButton({ label, confirm, run }: { label: string; confirm: string; run: () => Promise<ActionResult<unknown>> }) {
  const { call, pending, error } = useActionCall<unknown>();
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(confirm)) return;
          call(run);
        }}
      >
        {label}
      </Button>
      {error ? <span role="alert" className="text-sm text-red-800">{error}</span> : null}
    </span>
  );
}
