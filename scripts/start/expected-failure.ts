// A failure the person running a command can fix (a port taken, a variable missing): it is
// printed as one line, in English and French, with no stack trace, and the command exits 1.

export class ExpectedFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "ExpectedFailure";
  }
}

/**
 * Runs a command's main function and exits with its outcome. The exit is explicit: an open
 * pg pool or a signal listener left behind must not keep a finished command alive.
 */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      if (error instanceof ExpectedFailure) {
        process.stderr.write(`${error.message}\n`);
        process.exit(error.exitCode);
      }
      // Unexpected: keep the stack, it is what a maintainer needs to fix it.
      process.stderr.write("Unexpected error / Erreur inattendue:\n");
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
