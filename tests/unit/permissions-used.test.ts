// Every named permission must be checked somewhere in the server code, or be removed: a name in
// lib/auth/permissions.ts that nothing checks reads like a rule that holds when it does not
// (docs/architecture.md, "Permissions"). This test lists the names no check mentions.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PERMISSIONS, type Permission } from "@/lib/auth/permissions";

const root = path.resolve(import.meta.dirname, "..", "..");

/** Where checks live. The navigation only hides links (its pages check again), so it does not count. */
const SOURCE_DIRS = ["app", "lib", "components"];
const NOT_A_CHECK = new Set(["lib/auth/permissions.ts", "lib/navigation.ts"].map((file) => path.join(root, file)));
const SKIPPED_DIRS = new Set(["generated", "node_modules"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return SKIPPED_DIRS.has(name) ? [] : sourceFiles(full);
    return /\.(ts|tsx|mjs)$/.test(name) && !NOT_A_CHECK.has(full) ? [full] : [];
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The ways the code checks a permission by name: a definition's `permission:` (actions and routes,
 * enforced by execute-action.ts and define-route.ts), `can(role, "…")`, `requirePermission(session,
 * "…")`, `requirePagePermission("…", page)`, and profile-sections.ts's `may("…")`.
 */
function checksOf(permission: string): RegExp[] {
  const name = `"${escape(permission)}"`;
  return [
    new RegExp(`\\bpermission:\\s*${name}`),
    new RegExp(`\\bcan\\(\\s*[^,()]+,\\s*${name}\\s*\\)`),
    new RegExp(`\\brequirePermission\\(\\s*[^,()]+,\\s*${name}`),
    new RegExp(`\\brequirePagePermission\\(\\s*${name}`),
    new RegExp(`\\bmay\\(\\s*${name}\\s*\\)`),
  ];
}

export function uncheckedPermissions(sources: string[], permissions: string[]): string[] {
  return permissions.filter((permission) => {
    const checks = checksOf(permission);
    return !sources.some((source) => checks.some((check) => check.test(source)));
  });
}

describe("named permissions", () => {
  const sources = SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(root, dir))).map((file) => readFileSync(file, "utf8"));

  it("reads the server code (the scan finds the checks it knows)", () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(uncheckedPermissions(['permission: "clinic:read"', 'if (!can(session.role, "clinic:write")) throw'], ["clinic:read", "clinic:write", "stock:read"])).toEqual(["stock:read"]);
  });

  it("checks every permission it names somewhere, or no longer names it", () => {
    expect(uncheckedPermissions(sources, Object.keys(PERMISSIONS) as Permission[])).toEqual([]);
  });
});
