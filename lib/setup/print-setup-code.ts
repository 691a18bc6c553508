import "server-only";
// The set-up code goes to the terminal of the machine Halte runs on, never to a page: reading it
// there is what proves the person setting up the centre is at the centre's own computer.
// Shared by scripts/start.ts (first run) and the wipe of the demo (the running server's output).

export function setupCodeLines(code: string, reason: "first-run" | "wiped"): string[] {
  const why =
    reason === "first-run"
      ? ["Nobody has set up this database yet.", "Personne n'a encore configuré cette base."]
      : ["The demo centre was wiped.", "Le centre de démonstration a été effacé."];
  return [
    "",
    `${why[0]} / ${why[1]}`,
    "Open Halte and choose \"Set up my centre\", or \"Try the demo\". / Ouvrez Halte et choisissez « Configurer mon centre » ou « Essayer la démo ».",
    `Set-up code / Code de configuration : ${code}`,
    "It works once; a new one is printed at each start until the centre is set up. / Il sert une fois ; un nouveau est affiché à chaque démarrage tant que le centre n'est pas configuré.",
    "",
  ];
}

export function printSetupCode(code: string, reason: "first-run" | "wiped"): void {
  process.stdout.write(setupCodeLines(code, reason).map((line) => `[halte] ${line}`).join("\n") + "\n");
}
