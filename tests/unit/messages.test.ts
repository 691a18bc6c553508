import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === "string" ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );

const frKeys = flatten(fr as Tree);
const enKeys = flatten(en as Tree);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (name === "generated") return [];
    return statSync(file).isDirectory() ? sourceFiles(file) : /\.(ts|tsx)$/.test(name) ? [file] : [];
  });
}

describe("bilingual messages", () => {
  it("has every key in both French and English, none empty", () => {
    expect(Object.keys(enKeys).sort()).toEqual(Object.keys(frKeys).sort());
    for (const [key, value] of [...Object.entries(frKeys), ...Object.entries(enKeys)]) expect(value.trim(), key).not.toBe("");
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(frKeys)) expect(placeholders(enKeys[key]!), key).toEqual(placeholders(frKeys[key]!));
  });

  it("has a message for every validation and error key the code names", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const named = new Set<string>();
    for (const file of [...sourceFiles(path.join(root, "lib")), ...sourceFiles(path.join(root, "app")), ...sourceFiles(path.join(root, "components"))]) {
      for (const match of readFileSync(file, "utf8").matchAll(/"((?:[a-z]+\.)?(?:validation|errors)\.[A-Za-z0-9_]+)"/g)) named.add(match[1]!);
    }
    expect(named.size).toBeGreaterThan(5);
    for (const key of named) expect(frKeys[key], key).toBeDefined();
  });
});
