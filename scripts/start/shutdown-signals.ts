// Ctrl-C and SIGTERM do not exit on the spot: they abort whatever start.ts is doing, and
// start.ts then stops Next and closes the database (which checkpoints it to disk). A second
// Ctrl-C must not cut that short, or the last writes could be lost.

export type ShutdownSignals = {
  signal: AbortSignal;
  /** Resolves when the first SIGINT or SIGTERM arrives. */
  requested: Promise<NodeJS.Signals>;
  dispose: () => void;
};

export function listenForShutdown(log: (line: string) => void): ShutdownSignals {
  const controller = new AbortController();
  let resolveRequested: (signal: NodeJS.Signals) => void = () => {};
  const requested = new Promise<NodeJS.Signals>((resolve) => {
    resolveRequested = resolve;
  });
  let firstAt = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      // npm and tsx relay the terminal's Ctrl-C too: the same keypress arrives 2 or 3 times.
      if (Date.now() - firstAt > 1000) log("Still stopping: saving the database / Arrêt en cours : enregistrement de la base");
      return;
    }
    firstAt = Date.now();
    log(`${signal}: stopping Halte / arrêt de Halte`);
    controller.abort();
    resolveRequested(signal);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    requested,
    dispose: () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}
