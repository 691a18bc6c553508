// Type-level test: checked by `npm run typecheck` (tsc --noEmit), never run (vitest's unit project
// takes *.test.ts only). Each @ts-expect-error line must fail to compile, or tsc fails on the
// directive itself: a bound action is typed by its schema's input, its answer by its definition.
import { expectTypeOf } from "vitest";
import type { addDistribution, checkIn, removeDistribution } from "@/app/(staff)/tonight/actions";
import type { createUser } from "@/app/(staff)/users/actions";
import type { ActionResult, Answered } from "@/lib/actions/action-result";
import type { DataOf, InputOf } from "@/lib/actions/action-types";
import type { TonightAnswer } from "@/lib/visits/tonight-state";
import { anonymousVisitSchema, checkInSchema } from "@/lib/visits/schemas";
import type { useActionForm } from "@/components/forms/use-action-form";
import type { CheckInPanel } from "@/components/tonight/check-in-panel";
import type { Labelled } from "@/components/forms/send-until-answered";

// The input is the schema's, plus the submission id a form may send.
expectTypeOf<InputOf<typeof checkIn>>().toEqualTypeOf<{ nightId: string; participantId: string } & { submissionId?: string }>();
// The result is the definition's data with the answer the screen merges.
expectTypeOf<DataOf<typeof checkIn>>().toEqualTypeOf<Answered<{ visitId: string; alreadyIn: boolean }, TonightAnswer>>();
expectTypeOf<ReturnType<typeof checkIn>>().toEqualTypeOf<Promise<ActionResult<Answered<{ visitId: string; alreadyIn: boolean }, TonightAnswer>>>>();
// A client component's prop is the action's own type.
// (labelled: the desk names the line it shows while the server has not answered).
expectTypeOf<Parameters<typeof CheckInPanel>[0]["checkIn"]>().toEqualTypeOf<Labelled<typeof checkIn>>();
expectTypeOf<typeof checkIn>().toExtend<Parameters<typeof CheckInPanel>[0]["checkIn"]>();

export function calls(bound: { checkIn: typeof checkIn; addDistribution: typeof addDistribution; removeDistribution: typeof removeDistribution; createUser: typeof createUser }) {
  void bound.checkIn({ nightId: "n", participantId: "p" });
  // @ts-expect-error a key the schema does not have (participant, not participantId)
  void bound.checkIn({ nightId: "n", participant: "p" });
  // @ts-expect-error a key the schema requires is missing
  void bound.checkIn({ nightId: "n" });
  // @ts-expect-error a value of the wrong type
  void bound.checkIn({ nightId: 1, participantId: "p" });
  // @ts-expect-error no input at all
  void bound.checkIn();
  // What a form sends as typed ("2" items) passes: the schema coerces it on the server.
  void bound.addDistribution({ visitId: "v", itemId: "i", quantity: "2", submissionId: "s" });
  // The visit to redraw, read by the answer beside the schema's own key.
  void bound.removeDistribution({ distributionId: "d", visitId: "v" });
  // @ts-expect-error the answer's extra key is required too
  void bound.removeDistribution({ distributionId: "d" });
  // @ts-expect-error a role that is not one
  void bound.createUser({ displayName: "A", username: "a", password: "long enough pass", role: "ADMIN" });
}

export function forms(hook: typeof useActionForm, action: typeof checkIn) {
  hook({ action, schema: checkInSchema, defaultValues: { nightId: "n", participantId: "" } });
  // @ts-expect-error the form's schema must be the action's own
  hook({ action, schema: anonymousVisitSchema });
  // @ts-expect-error default values are the schema's fields
  hook({ action, schema: checkInSchema, defaultValues: { night: "n" } });
}
