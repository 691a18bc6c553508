// What the person who typed `npm start` needs once the app answers: where to open it and,
// on the embedded database, how to sign in.
import type { DemoSignIn } from "../../prisma/seed/demo-users.ts";

const HEADERS = ["Username / Identifiant", "Password / Mot de passe", "Role / Rôle"] as const;

export function formatSignInTable(signIns: readonly DemoSignIn[]): string {
  const rows = signIns.map((s) => [s.username, s.password, s.role] as const);
  const widths = HEADERS.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    "  " + cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("   ").trimEnd();
  const rule = "  " + widths.map((width) => "-".repeat(width)).join("   ");
  return [line(HEADERS), rule, ...rows.map(line)].join("\n");
}

export function formatBanner(options: {
  publicUrl: string;
  listenUrl: string;
  embedded: boolean;
  dataDir?: string;
  signIns: readonly DemoSignIn[];
  /** Nobody has set the database up yet: the set-up code follows the banner, no sign-in works. */
  awaitingFirstRun?: boolean;
}): string {
  const lines = ["", `Halte is ready / Halte est prête : ${options.publicUrl}`];
  if (options.listenUrl !== options.publicUrl) lines.push(`Listening on / À l'écoute sur : ${options.listenUrl}`);
  if (options.embedded) {
    if (options.dataDir) lines.push(`Embedded database / Base intégrée : ${options.dataDir}`);
    if (options.awaitingFirstRun) {
      // The set-up code and what to do with it follow (lib/setup/print-setup-code.ts).
    } else if (options.signIns.length > 0) {
      lines.push("", "Demo sign-ins / Comptes de démonstration :", formatSignInTable(options.signIns));
    } else {
      lines.push("No demo account signs in with its published password any more / Plus aucun compte de démonstration n'utilise son mot de passe publié");
    }
  }
  lines.push("", "Ctrl-C stops Halte / Ctrl-C arrête Halte", "");
  return lines.join("\n");
}
