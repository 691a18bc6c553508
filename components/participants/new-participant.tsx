"use client";

import { useRouter } from "next/navigation";
import { QuickIntake } from "@/components/tonight/quick-intake";
import type { createParticipant } from "@/app/(staff)/participants/actions";

type Props = { register: typeof createParticipant };

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
