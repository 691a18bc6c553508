import { describe, expect, it } from "vitest";
import { createRetryQueue, type Saved, type Waiting } from "@/components/forms/send-until-answered";
import type { ActionResult } from "@/lib/actions/action-result";

const down: ActionResult<never> = { ok: false, error: "database down", fieldErrors: {}, reason: "database-unavailable" };
const ok = (data: string): ActionResult<string> => ({ ok: true, data });

/** A queue whose pauses are counted and end when the test says so. */
function harness() {
  const changes: Waiting[][] = [];
  const saved: string[] = [];
  const pauses: number[] = [];
  let release: () => void = () => {};
  const queue = createRetryQueue({
    onChange: (waiting) => changes.push(waiting),
    pause: (attempt) => {
      pauses.push(attempt);
      return new Promise<void>((resolve) => (release = resolve));
    },
  });
  queue.onSaved((result: Saved) => saved.push(result.data as string));
  const retry = async () => {
    release();
    // Let the retried send and its bookkeeping run.
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  return { queue, changes, saved, pauses, retry, last: () => changes.at(-1) ?? [] };
}

/** A send that fails `failures` times (thrown network error or "database down"), then answers. */
function flaky(failures: number, answer: ActionResult<string>, kind: "throw" | "down" = "throw") {
  const inputs: unknown[] = [];
  const input = { visitId: "v1", submissionId: "same-id" };
  const send = async () => {
    inputs.push(structuredClone(input));
    if (inputs.length <= failures) {
      if (kind === "throw") throw new TypeError("Failed to fetch");
      return down;
    }
    return answer;
  };
  return { send, inputs };
}

describe("the desk's sends that the server did not answer", () => {
  it("answers at once when the server does, keeping nothing", async () => {
    const { queue, changes } = harness();
    expect(await queue.send(async () => ok("a"), "A")).toEqual(ok("a"));
    expect(changes).toEqual([]);
  });

  it("keeps a send the network dropped and sends the same input again until it is answered", async () => {
    const { queue, saved, pauses, retry, last } = harness();
    const { send, inputs } = flaky(3, ok("saved"));
    expect(await queue.send(send, "Mistinguette (K7QM-3XPA)")).toBeNull();
    expect(last()).toEqual([{ id: 0, label: "Mistinguette (K7QM-3XPA)", visitId: undefined, error: undefined }]);
    await retry();
    await retry();
    expect(saved).toEqual([]);
    await retry();
    expect(saved).toEqual(["saved"]);
    expect(last()).toEqual([]);
    // Backoff grows with each failed try; every try carried the same submission id.
    expect(pauses).toEqual([0, 1, 2]);
    expect(inputs).toHaveLength(4);
    expect(new Set(inputs.map((input) => JSON.stringify(input))).size).toBe(1);
  });

  it("treats the database-unavailable answer like a dropped connection", async () => {
    const { queue, saved, retry } = harness();
    const { send } = flaky(1, ok("later"), "down");
    expect(await queue.send(send, "anonymous")).toBeNull();
    await retry();
    expect(saved).toEqual(["later"]);
  });

  it("shows the server's refusal on the line, does not send it again, and lets the desk put it aside", async () => {
    const { queue, saved, retry, last } = harness();
    const refusal: ActionResult<string> = { ok: false, error: "This night is closed.", fieldErrors: {}, reason: "refused" };
    const { send, inputs } = flaky(1, refusal);
    await queue.send(send, "B", "v9");
    await retry();
    expect(saved).toEqual([]);
    expect(last()).toEqual([{ id: 0, label: "B", visitId: "v9", error: "This night is closed." }]);
    await retry();
    expect(inputs).toHaveLength(2);
    queue.dismiss(0);
    expect(last()).toEqual([]);
  });

  it("keeps the order pressed: a send made while others wait goes after them, without trying first", async () => {
    const { queue, saved, retry, last } = harness();
    const first = flaky(1, ok("first"));
    let secondTries = 0;
    await queue.send(first.send, "first");
    expect(await queue.send(async () => (secondTries++, ok("second")), "second")).toBeNull();
    expect(secondTries).toBe(0);
    expect(last().map((entry) => entry.label)).toEqual(["first", "second"]);
    await retry();
    // Once the connection is back the rest follows without waiting.
    expect(saved).toEqual(["first", "second"]);
    expect(secondTries).toBe(1);
  });

  it("gives a late success to the handler registered now, and to none once it is unregistered", async () => {
    const { queue, saved, retry } = harness();
    const screen: string[] = [];
    const unregister = queue.onSaved((result: Saved) => screen.push(result.data as string));
    await queue.send(flaky(1, ok("one")).send, "one");
    await retry();
    // The newer handler replaced the harness's: the answer is merged once, by the screen.
    expect(screen).toEqual(["one"]);
    expect(saved).toEqual([]);
    unregister();
    await queue.send(flaky(1, ok("two")).send, "two");
    await retry();
    expect(screen).toEqual(["one"]);
  });
});
