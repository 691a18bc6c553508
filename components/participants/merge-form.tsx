"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { SearchHit } from "@/lib/participants/queries";
import { formatCode } from "@/lib/participants/code-format";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { mergeParticipants } from "@/app/(staff)/participants/actions";

type Props = { survivorId: string; merge: typeof mergeParticipants };

/** Find the duplicate by code or alias, see who it is, then confirm. */
export function MergeForm({ survivorId, merge }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const [pending, startTransition] = useTransition();

  const find = async () => {
    const response = await fetch(`/api/participants/search?${new URLSearchParams({ q: query })}`);
    const body = (await response.json()) as SearchHit[] | { error: string };
    if (Array.isArray(body)) setHits(body.filter((hit) => hit.id !== survivorId));
    else setMessage({ error: body.error });
  };

  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-stone-700">{t("participants.mergeHint")}</p>
      <p className="text-sm text-stone-700">{t("participants.mergeRules")}</p>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void find();
        }}
      >
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("participants.mergeCode")}</span>
          <input value={query} onChange={(event) => setQuery(event.target.value)} maxLength={60} className="min-h-11 rounded-md border border-stone-400 px-3" />
        </label>
        <Button type="submit" variant="secondary">{t("participants.searchLabel")}</Button>
      </form>
      {hits ? (
        hits.length === 0 ? <p>{t("participants.noResults")}</p> : (
          <ul className="flex flex-col gap-2">
            {hits.map((hit) => (
              <li key={hit.id} className="flex items-center justify-between gap-2 rounded-md border border-stone-200 p-2">
                <span>{hit.alias} <span className="font-mono text-sm">{formatCode(hit.code)}</span></span>
                <Button
                  type="button"
                  variant="danger"
                  disabled={pending}
                  onClick={() =>
                    startTransition(async () => {
                      const result = await merge({ survivorId, mergedId: hit.id });
                      if (result.ok) {
                        setMessage({ success: result.message });
                        setHits(null);
                        router.refresh();
                      } else setMessage({ error: result.error });
                    })
                  }
                >
                  {t("participants.mergeConfirm")}
                </Button>
              </li>
            ))}
          </ul>
        )
      ) : null}
      <FormMessage error={message.error} success={message.success} />
    </div>
  );
}
