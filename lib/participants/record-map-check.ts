import "server-only";
// Checks the person's record map (record-map.ts) against the data model: every model that refers
// to a participant, directly or through a row of the record, and every text column of such a
// model must have an entry; history must be `onDelete: Restrict`. Pure functions over a model
// list, so a test can hand them a schema with an extra relation and see them fail.
import type { RecordMap } from "@/lib/participants/record-map-types";

export type SchemaField = {
  name: string;
  type: string;
  list: boolean;
  optional: boolean;
  /** A relation field that holds the foreign key (`@relation(fields: [...])`). */
  foreignKey: { fields: string[]; onDelete: string | null } | null;
  /** A `@db.Uuid` column: an id, not text. */
  uuid: boolean;
};
export type SchemaModel = { name: string; fields: SchemaField[] };

const SCALARS = new Set(["String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes"]);

/**
 * The models of a schema.prisma, with what the check needs: field types, the relation fields that
 * hold a foreign key and their onDelete. The generated client's runtime data model has the fields
 * but not which side holds the key, hence the schema's own text.
 */
export function parseSchemaModels(schema: string): SchemaModel[] {
  const models: SchemaModel[] = [];
  for (const block of schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const fields: SchemaField[] = [];
    for (const rawLine of block[2]!.split("\n")) {
      const line = rawLine.replace(/\/\/.*$/, "").trim();
      const match = /^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
      if (!match || line.startsWith("@@")) continue;
      const [, name, type, list, optional, attributes] = match as unknown as [string, string, string, string | undefined, string | undefined, string];
      const relation = /@relation\(([^)]*(?:\([^)]*\)[^)]*)*)\)/.exec(attributes);
      const keyFields = relation ? /fields:\s*\[([^\]]*)\]/.exec(relation[1]!) : null;
      const onDelete = relation ? /onDelete:\s*(\w+)/.exec(relation[1]!) : null;
      fields.push({
        name,
        type,
        list: Boolean(list),
        optional: Boolean(optional),
        foreignKey: keyFields ? { fields: keyFields[1]!.split(",").map((field) => field.trim()), onDelete: onDelete?.[1] ?? null } : null,
        uuid: attributes.includes("@db.Uuid"),
      });
    }
    models.push({ name: block[1]!, fields });
  }
  return models;
}

/** Text a person could be quoted in: String (and String[]) columns that are not uuid keys, and Json. */
export function textColumns(model: SchemaModel, modelNames: Set<string>): string[] {
  return model.fields
    .filter((field) => !modelNames.has(field.type) && SCALARS.has(field.type))
    .filter((field) => (field.type === "String" && !field.uuid) || field.type === "Json")
    .map((field) => field.name);
}

/**
 * The models reachable from Participant: a model holding a foreign key to Participant, or to an
 * owned model of the map (a visit, the volunteer file ...), is part of the person's record. Only
 * owned models are followed further: an account or a ledger row is listed but its own children
 * (sessions, outreach supplies) are not the person's.
 */
export function reachableModels(models: SchemaModel[], map: RecordMap): string[] {
  const reached = new Set(["Participant"]);
  const followed = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const parent of [...reached]) {
      if (followed.has(parent)) continue;
      followed.add(parent);
      if (parent !== "Participant" && map[parent]?.link !== "owned") continue;
      for (const model of models) {
        if (model.fields.some((field) => field.type === parent && field.foreignKey) && !reached.has(model.name)) {
          reached.add(model.name);
          changed = true;
        }
      }
    }
  }
  return [...reached].sort();
}

/** What the map lacks: "Model" for a model with no entry, "Model.column" for a text column with none. */
export function unmappedEntries(models: SchemaModel[], map: RecordMap): string[] {
  const names = new Set(models.map((model) => model.name));
  const missing: string[] = [];
  for (const name of reachableModels(models, map)) {
    const entry = map[name];
    if (!entry) {
      missing.push(name);
      continue;
    }
    const model = models.find((candidate) => candidate.name === name)!;
    for (const column of textColumns(model, names)) if (!entry.columns[column]) missing.push(`${name}.${column}`);
  }
  return missing;
}

/** Entries that name a model or a column the schema does not have (a renamed column left behind). */
export function staleEntries(models: SchemaModel[], map: RecordMap): string[] {
  const stale: string[] = [];
  for (const [name, entry] of Object.entries(map)) {
    const model = models.find((candidate) => candidate.name === name);
    if (!model) {
      stale.push(name);
      continue;
    }
    for (const column of Object.keys(entry.columns)) if (!model.fields.some((field) => field.name === column)) stale.push(`${name}.${column}`);
  }
  return stale;
}

/** History models whose foreign key to the record is not `onDelete: Restrict`. */
export function unrestrictedHistory(models: SchemaModel[], map: RecordMap): string[] {
  const owners = new Set(Object.entries(map).filter(([, entry]) => entry.link === "owned").map(([name]) => name));
  const loose: string[] = [];
  for (const [name, entry] of Object.entries(map)) {
    if (!entry.history) continue;
    const model = models.find((candidate) => candidate.name === name);
    for (const field of model?.fields ?? []) {
      if (field.foreignKey && owners.has(field.type) && field.foreignKey.onDelete !== "Restrict") loose.push(`${name}.${field.name}`);
    }
  }
  return loose;
}
