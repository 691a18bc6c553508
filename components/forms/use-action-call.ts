"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * A button's (or a one-checkbox form's) call to a server action, where react-hook-form would be
 * too much: the last answer is the one state, so an error never stays on screen beside a later
 * success; the page refreshes after a success (and after a refusal too, with `refreshAlways`,
 * when the refusal means the page is out of date).
 */
export function useActionCall<R = undefined>(options: { refreshAlways?: boolean } = {}) {
  const router = useRouter();
  const [answer, setAnswer] = useState<ActionResult<R> | null>(null);
  const [pending, startTransition] = useTransition();
  const call = (send: () => Promise<ActionResult<R>>) =>
    startTransition(async () => {
      const result = await send();
      setAnswer(result);
      if (result.ok || options.refreshAlways) router.refresh();
    });
  return {
    call,
    pending,
    error: answer && !answer.ok ? answer.error : null,
    success: answer?.ok ? (answer.message ?? null) : null,
  };
}
