// "Ready" means the app answers a real page, not merely that a port is open: Next listens
// before its first render can succeed.

export type WaitOutcome =
  | { kind: "answered"; status: number; ms: number }
  | { kind: "timeout" }
  | { kind: "aborted" }
  | { kind: "exited" };

export async function waitForHttp(
  url: string,
  options: { timeoutMs: number; signal: AbortSignal; exited: Promise<unknown>; intervalMs?: number },
): Promise<WaitOutcome> {
  const started = Date.now();
  let exited = false;
  void options.exited.then(() => {
    exited = true;
  });
  while (Date.now() - started < options.timeoutMs) {
    if (options.signal.aborted) return { kind: "aborted" };
    if (exited) return { kind: "exited" };
    try {
      const response = await fetch(url, {
        redirect: "manual",
        signal: AbortSignal.any([options.signal, AbortSignal.timeout(10_000)]),
      });
      await response.body?.cancel();
      return { kind: "answered", status: response.status, ms: Date.now() - started };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 150));
  }
  return { kind: "timeout" };
}
