"use client";

import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/action-result";
import { QuickIntake } from "@/components/tonight/quick-intake";

type Props = { register: (input: unknown) => Promise<ActionResult<{ participantId: string; code: string; visitId: string | null }>> };

/** The full intake outside a night: registers, then opens the new record. */
export function NewParticipant({ register }: Props) {
  const router = useRouter();
  return (
    <QuickIntake
      nightId={null}
      initialAlias=""
      register={register}
      onDone={(_message, _code, participantId) => router.push(`/participants/${participantId}`)}
      onPickExisting={(match) => router.push(`/participants/${match.id}`)}
    />
  );
}
