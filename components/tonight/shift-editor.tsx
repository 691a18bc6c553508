"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { addToShift, removeFromShift } from "@/app/(staff)/tonight/actions";

type Person = { id: string; displayName: string };
type Props = { nightId: string; onShift: Person[]; candidates: Person[]; add: typeof addToShift; remove: typeof removeFromShift };

/** Who works tonight: the opener is on by default; others are added or removed here. */
export function ShiftEditor({ nightId, onShift, candidates, add, remove }: Props) {
  const t = useTranslations("tonight");
  const router = useRouter();
  const available = candidates.filter((candidate) => !onShift.some((person) => person.id === candidate.id));
  const [userId, setUserId] = useState(available[0]?.id ?? "");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: typeof addToShift | typeof removeFromShift, input: { nightId: string; userId: string }) =>
    startTransition(async () => {
      setError(null);
      const result = await action(input);
      if (result.ok) router.refresh();
      else setError(result.error);
    });

  return (
    <div className="flex flex-col gap-3">
      <ul className="flex flex-wrap gap-2">
        {onShift.map((person) => (
          <li key={person.id} className="flex items-center gap-1 rounded-full bg-stone-100 py-1 pl-3 pr-1">
            {person.displayName}
            <button
              type="button"
              disabled={pending}
              onClick={() => run(remove, { nightId, userId: person.id })}
              className="min-h-8 rounded-full px-2 hover:bg-stone-200"
              aria-label={`${t("remove")} ${person.displayName}`}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {available.length > 0 ? (
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col text-sm">
            {t("addToShift")}
            <select value={userId} onChange={(event) => setUserId(event.target.value)} className="min-h-11 rounded-md border border-stone-400 px-2">
              {available.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.displayName}
                </option>
              ))}
            </select>
          </label>
          <Button type="button" variant="secondary" disabled={pending || !userId} onClick={() => run(add, { nightId, userId })}>
            {t("addItem")}
          </Button>
        </div>
      ) : null}
      <FormMessage error={error} />
    </div>
  );
}
