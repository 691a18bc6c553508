// Checked before anything touches the data directory: PGlite does not lock its directory,
// so a second Halte on the same data would corrupt it, and a half-started one is worse than none.
import { claimPort, PortInUseError } from "../db/embedded-postgres.ts";
import { ExpectedFailure } from "./expected-failure.ts";

export type PortToCheck = { port: number; host: string; variable: string; what: { en: string; fr: string } };

export function portTakenMessage(port: number, variable: string, what: PortToCheck["what"]): string {
  return (
    `Port ${port} (${what.en}) is taken: is Halte already running? Stop it or set ${variable}. / ` +
    `Le port ${port} (${what.fr}) est occupé : Halte tourne-t-elle déjà ? Arrêtez-la ou définissez ${variable}.`
  );
}

export async function ensurePortsFree(ports: readonly PortToCheck[]): Promise<void> {
  for (const { port, host, variable, what } of ports) {
    try {
      await claimPort(port, host);
    } catch (error) {
      if (error instanceof PortInUseError) throw new ExpectedFailure(portTakenMessage(port, variable, what));
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EACCES") {
        throw new ExpectedFailure(
          `Not allowed to listen on port ${port}: choose a port above 1023 with ${variable} / ` +
            `Écoute interdite sur le port ${port} : choisissez un port au-dessus de 1023 avec ${variable}`,
        );
      }
      if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") {
        throw new ExpectedFailure(
          `Cannot listen on ${host}: check HOST / Impossible d'écouter sur ${host} : vérifiez HOST`,
        );
      }
      throw error;
    }
  }
}
