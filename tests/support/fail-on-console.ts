import { afterEach, beforeEach, vi } from "vitest";

// A console error or warning during a test fails it: they are how bugs announce themselves.
// A test that expects one spies on console itself (vi.spyOn(console, "error").mockImplementation(...)).
let unexpected: string[] = [];

beforeEach(() => {
  unexpected = [];
  for (const level of ["error", "warn"] as const) {
    const original = console[level];
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      unexpected.push(`console.${level}: ${args.map(String).join(" ")}`);
      original.apply(console, args);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (unexpected.length > 0) throw new Error(`Unexpected console output:\n${unexpected.join("\n")}`);
});
