// A test that takes "today" or "the hour" from the machine's clock passes by day and fails after
// midnight in Montreal (docs/decisions/0005-the-night-rule.md). Tests take them from tests/support/test-clock.ts (the app's
// clock and night rule). Date.now() stays allowed where the hour does not matter: unique names
// (toString(36), `${Date.now()}`), durations and deadlines (Date.now() - started, Date.now() + ms).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const testsDir = path.resolve(import.meta.dirname, "..");
const CLOCK_MODULE = path.join("support", "test-clock.ts");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const ALLOWED_DATE_NOW = [
  /Date\.now\(\)\.toString\(36\)/, // a unique suffix
  /\$\{Date\.now\(\)( % \d+)?\}/, // a unique key
  /Date\.now\(\) [-+%>]/, // a duration or a deadline
  /(started|deadline|began) = Date\.now\(\)/, // the start of a duration
  /[-+] Date\.now\(\)/, // elapsed
];

/** "file:line: text" for each read of the wall clock that could stand for a date or an hour. */
export function wallClockReads(file: string, source: string): string[] {
  return source.split("\n").flatMap((line, index) => {
    const code = line.replace(/\/\/.*$/, "");
    const where = `${path.relative(testsDir, file)}:${index + 1}: ${line.trim()}`;
    if (/new Date\(\s*\)/.test(code) || /new Date\(Date\.now\(\)/.test(code)) return [where];
    if (/\bDate\.now\(\)/.test(code) && !ALLOWED_DATE_NOW.some((pattern) => pattern.test(code))) return [where];
    return [];
  });
}

describe("tests never read the wall clock for a date or an hour", () => {
  it("finds no read of the machine's clock under tests/ but for unique names and durations", () => {
    const reads = filesUnder(testsDir)
      .filter((file) => !file.endsWith(CLOCK_MODULE))
      .flatMap((file) => wallClockReads(file, readFileSync(file, "utf8")));
    expect(reads).toEqual([]);
  });

  it("would catch the reads that broke the suite after midnight", () => {
    const file = path.join(testsDir, "e2e", "example.spec.ts");
    // Source text fed to the guard, never run: assembled from parts so that this file holds no
    // wall-clock read itself, not even inside a string.
    const nowDate = ["new", " Date", "()"].join("");
    const nowMs = ["Date", ".now", "()"].join("");
    expect(wallClockReads(file, `const today = ${nowDate}.toISOString().slice(0, 10);`)).toHaveLength(1);
    expect(wallClockReads(file, `const hour = ${nowDate.replace("()", `(${nowMs})`)}.getHours();`)).toHaveLength(1);
    expect(wallClockReads(file, `const day = Math.floor(${nowMs} / 86_400_000);`)).toHaveLength(1);
    expect(wallClockReads(file, `const name = \`Refuge \${Date.now().toString(36)}\`;`)).toEqual([]);
    expect(wallClockReads(file, `expect(Date.now() - started).toBeLessThan(60_000);`)).toEqual([]);
  });
});
