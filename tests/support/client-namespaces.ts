// Which message namespaces the client components under each page and layout need: read from the
// source (imports followed from app/ into components/ and lib/, "use client" files, the keys and
// namespaces they name). tests/unit/client-messages.test.ts checks the lists the layouts and pages
// hand to NextIntlClientProvider (lib/i18n/client-messages.ts) against it.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const NAMESPACES = new Set(Object.keys(JSON.parse(readFileSync(path.join(root, "messages/en.json"), "utf8")) as object));

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, path.join(base, "index.tsx"), path.join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile() && /\.(tsx?|mjs)$/.test(candidate)) return candidate;
  }
  return null;
}

/** Value imports and dynamic imports (type-only imports bring no component). */
function importsOf(file: string, source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gms)) if (!match[1]) found.push(match[2]!);
  for (const match of source.matchAll(/import\("([^"]+)"\)/g)) found.push(match[1]!);
  return found.flatMap((specifier) => resolveImport(file, specifier) ?? []);
}

/** The top-level namespaces a client file names: useTranslations("ns.sub") and "ns.key" literals. */
function namespacesOf(source: string): string[] {
  const found = new Set<string>();
  // Keys that arrive as data (zod issues, refusals): "validation.required", "errors.notFound".
  if (/\b(translateIssue|issueMessages|byKey)\(/.test(source)) for (const namespace of ["validation", "errors"]) found.add(namespace);
  for (const match of source.matchAll(/useTranslations\(\s*"([A-Za-z]+)/g)) found.add(match[1]!);
  for (const match of source.matchAll(/["'`]([A-Za-z]+)\.[A-Za-z$]/g)) if (NAMESPACES.has(match[1]!)) found.add(match[1]!);
  return [...found];
}

type FileInfo = { client: boolean; translates: boolean; imports: string[]; namespaces: string[]; provides: string[] | null };
const cache = new Map<string, FileInfo>();

/** The list a file hands to <ClientMessages only={[...]}>, if it renders one. */
function providedBy(source: string): string[] | null {
  const match = /<ClientMessages only=\{\[([^\]]*)\]\}/.exec(source);
  return match ? [...match[1]!.matchAll(/"([^"]+)"/g)].map((entry) => entry[1]!) : null;
}
function read(file: string) {
  let entry = cache.get(file);
  if (!entry) {
    const source = readFileSync(file, "utf8");
    entry = {
      client: /^\s*["']use client["']/.test(source),
      translates: /useTranslations\(/.test(source),
      imports: importsOf(file, source),
      namespaces: namespacesOf(source),
      provides: providedBy(source),
    };
    cache.set(file, entry);
  }
  return entry;
}

export function providedList(file: string): string[] | null {
  return read(path.resolve(root, file)).provides;
}

/** Server components other than pages and layouts that hand their subtree its own messages. */
export const nestedProviders = new Set<string>();

/**
 * The namespaces needed by the client components a page or layout renders (itself included when
 * it is one): every file reachable through value imports, a client file's own imports included.
 * A component that renders its own <ClientMessages> is a boundary: its needs are its own.
 */
export function clientNamespaces(entry: string): string[] {
  const seen = new Set<string>();
  const needed = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const info = read(file);
    if (file !== path.resolve(root, entry) && info.provides && !file.endsWith("client-messages.tsx")) {
      nestedProviders.add(path.relative(root, file));
      return;
    }
    if (info.client && info.translates) for (const namespace of info.namespaces) needed.add(namespace);
    for (const next of info.imports) if (!next.includes(`${path.sep}lib${path.sep}`) || read(next).client) visit(next);
  };
  visit(path.resolve(root, entry));
  return [...needed].sort();
}
