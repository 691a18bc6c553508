// `npm run create-user -- --username maude --display-name "Maude" [--role COORDINATOR]`
// Creates a staff account on DATABASE_URL: the first coordinator of a production database,
// who then manages everyone else in the app.
//
// The password never comes from the command line (it would sit in the shell history and in
// `ps` for every local user to read): it is typed twice at a hidden prompt, or read from
// stdin with --password-stdin for scripts.
import { parseArgs } from "node:util";
import { newUserSchema } from "../lib/users/schemas.ts";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../lib/auth/password-rules.ts";
import { ROLES } from "../lib/auth/roles.ts";
import { hashPassword } from "../lib/auth/password.ts";
import { ExpectedFailure, runCli } from "./start/expected-failure.ts";

const USAGE =
  "Usage: npm run create-user -- --username <name> [--display-name <name>] [--role COORDINATOR|STAFF|HEALTH|PEER] [--password-stdin]";

/** The app translates these keys with messages/*.json; the CLI prints both languages. */
const VALIDATION_MESSAGES: Record<string, { en: string; fr: string }> = {
  "validation.usernameLength": { en: "must be 2 to 64 characters", fr: "doit compter de 2 à 64 caractères" },
  "validation.usernameCharacters": {
    en: "may hold only lowercase letters, digits, '.', '_' and '-', starting with a letter or digit",
    fr: "ne peut contenir que des minuscules, des chiffres, « . », « _ » et « - », et commence par une lettre ou un chiffre",
  },
  "validation.required": { en: "is required", fr: "est obligatoire" },
  "validation.tooLong": { en: "is too long (80 characters at most)", fr: "est trop long (80 caractères au plus)" },
  "validation.controlCharacters": {
    en: "may not contain control characters",
    fr: "ne peut pas contenir de caractères de contrôle",
  },
  "validation.passwordLength": {
    en: `must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`,
    fr: `doit compter de ${PASSWORD_MIN_LENGTH} à ${PASSWORD_MAX_LENGTH} caractères`,
  },
  "validation.role": { en: `must be one of ${ROLES.join(", ")}`, fr: `doit être l'un de ${ROLES.join(", ")}` },
};

const FIELD_NAMES: Record<string, { en: string; fr: string }> = {
  username: { en: "--username", fr: "--username" },
  displayName: { en: "--display-name", fr: "--display-name" },
  role: { en: "--role", fr: "--role" },
  password: { en: "The password", fr: "Le mot de passe" },
};

type Flags = { username: string; displayName: string; role: string; passwordStdin: boolean };

function readFlags(argv: string[]): Flags {
  if (argv.some((arg) => arg === "--password" || arg.startsWith("--password="))) {
    throw new ExpectedFailure(
      "A password on the command line is refused (shell history, ps): you will be asked for it, or use --password-stdin / " +
        "Un mot de passe en ligne de commande est refusé (historique, ps) : il vous sera demandé, ou utilisez --password-stdin",
    );
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        username: { type: "string" },
        "display-name": { type: "string" },
        role: { type: "string", default: "COORDINATOR" },
        "password-stdin": { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new ExpectedFailure(`Invalid arguments / Arguments invalides : ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (!values.username) throw new ExpectedFailure(`--username is required / --username est obligatoire\n${USAGE}`);
  return {
    username: values.username,
    displayName: values["display-name"] ?? values.username,
    role: values.role.toUpperCase(),
    passwordStdin: values["password-stdin"],
  };
}

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) {
    if (process.stdin.isTTY) {
      throw new ExpectedFailure(
        "--password-stdin reads a pipe, and stdin is a terminal: leave it out to be asked / " +
          "--password-stdin lit un tube, et l'entrée est un terminal : retirez-le pour qu'on vous le demande",
      );
    }
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
    if (/[\r\n]/.test(text)) {
      throw new ExpectedFailure("The password must be one line / Le mot de passe doit tenir sur une ligne");
    }
    return text;
  }
  if (!process.stdin.isTTY) {
    throw new ExpectedFailure(
      "stdin is not a terminal: pipe the password in with --password-stdin / " +
        "l'entrée n'est pas un terminal : passez le mot de passe par un tube avec --password-stdin",
    );
  }
  const first = await promptHidden("Password / Mot de passe: ");
  const second = await promptHidden("Again / Encore une fois: ");
  if (first !== second) throw new ExpectedFailure("The passwords differ / Les mots de passe diffèrent");
  return first;
}

/** Reads one line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding("utf8");
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = "";
    const done = (outcome: () => void) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
      outcome();
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n") return done(() => resolve(value));
        if (char === "\u0003" || (char === "\u0004" && value === "")) {
          return done(() => reject(new ExpectedFailure("Cancelled / Annulé", 130)));
        }
        if (char === "\u007f" || char === "\b") value = Array.from(value).slice(0, -1).join("");
        // An arrow key or another escape sequence arrives as one chunk: drop all of it.
        else if (char === "\u001b") break;
        else if (char >= " ") value += char;
      }
    };
    stdin.on("data", onData);
  });
}

function validationMessage(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .map((issue) => {
      const field = FIELD_NAMES[String(issue.path[0])] ?? { en: String(issue.path[0]), fr: String(issue.path[0]) };
      const text = VALIDATION_MESSAGES[issue.message] ?? { en: "is not valid", fr: "n'est pas valide" };
      return `${field.en} ${text.en} / ${field.fr} ${text.fr}`;
    })
    .join("\n");
}

/** Prisma's codes for a missing table and for a unique constraint that refused a duplicate. */
function prismaCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function usernameTaken(username: string): ExpectedFailure {
  return new ExpectedFailure(`The username ${username} is taken / L'identifiant ${username} est déjà pris`);
}

async function main(): Promise<number> {
  const flags = readFlags(process.argv.slice(2));
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (!databaseUrl) {
    throw new ExpectedFailure(
      "DATABASE_URL is not set: set it to the database that gets the user / DATABASE_URL n'est pas défini : indiquez la base où créer l'utilisateur",
    );
  }
  // Checked before the password is asked, so a typo costs no typing.
  const withoutPassword = newUserSchema.omit({ password: true }).safeParse(flags);
  if (!withoutPassword.success) throw new ExpectedFailure(validationMessage(withoutPassword.error.issues));

  const password = await readPassword(flags.passwordStdin);
  const parsed = newUserSchema.safeParse({ ...withoutPassword.data, password });
  if (!parsed.success) throw new ExpectedFailure(validationMessage(parsed.error.issues));
  const input = parsed.data;
  const passwordHash = await hashPassword(input.password);

  const { createPrismaClient } = await import("../lib/db-client.ts");
  const prisma = createPrismaClient(databaseUrl, { max: 1 });
  try {
    const user = await prisma.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { username: input.username }, select: { id: true } });
      if (existing) throw usernameTaken(input.username);
      const created = await tx.user.create({
        data: { username: input.username, displayName: input.displayName, role: input.role, passwordHash },
        select: { id: true, username: true, role: true },
      });
      await tx.auditEvent.create({
        data: {
          action: "users.create",
          entity: "User",
          entityId: created.id,
          outcome: "SUCCESS",
          actorId: null,
          detail: "cli",
        },
      });
      // Shown to the health team like a coordinator's (lib/users/health-access.ts), by no one.
      if (created.role === "HEALTH") {
        await tx.auditEvent.create({
          data: { action: "users.health-access", entity: "User", entityId: created.id, outcome: "SUCCESS", actorId: null, detail: "created" },
        });
      }
      return created;
    });
    console.log(`Created ${user.role} ${user.username} / ${user.role} ${user.username} créé·e (${user.id})`);
    return 0;
  } catch (error) {
    if (error instanceof ExpectedFailure) throw error;
    const code = prismaCode(error);
    if (code === "P2002") throw usernameTaken(input.username);
    if (code === "P2021") {
      throw new ExpectedFailure(
        "The database has no User table yet: run npm run db:migrate first / La base n'a pas encore de table User : lancez d'abord npm run db:migrate",
      );
    }
    if (isConnectionError(error)) {
      throw new ExpectedFailure(
        `Cannot reach the database in DATABASE_URL (${connectionErrorText(error)}) / Base de DATABASE_URL injoignable`,
      );
    }
    throw error;
  } finally {
    await prisma.$disconnect();
  }
}

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "EAI_AGAIN", "ECONNRESET", "28P01", "28000", "3D000", "P1001"]);

function isConnectionError(error: unknown): boolean {
  return [error, (error as { cause?: unknown } | null)?.cause].some((e) => {
    const code = prismaCode(e);
    return code !== undefined && CONNECTION_CODES.has(code);
  });
}

function connectionErrorText(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause;
  return prismaCode(cause) ?? prismaCode(error) ?? "unknown";
}

runCli(main);
