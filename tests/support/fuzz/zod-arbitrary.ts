// Inputs for fuzzing server actions, generated from their zod 4 schemas with fast-check:
// mostly well-formed values (so that they get past the parse and reach the commands, with ids
// taken from the records in the database), mixed at every level with hostile ones (very long
// strings, control characters, SQL and HTML fragments, wrong types, prototype-pollution keys).
import fc from "fast-check";
import type { z } from "zod";

/**
 * What the walker knows of the database: ids of existing records, so commands find them. `ids`
 * holds them all; `idsByField` those a field of that name is likely to want ("nightId": the
 * ids of Night and of every "nightId" column).
 */
export type FuzzContext = { ids: readonly string[]; idsByField: ReadonlyMap<string, readonly string[]> };

const SQL = [
  `' OR '1'='1`,
  `'; DROP TABLE "User"; --`,
  `"; DELETE FROM "AuditEvent"; --`,
  `1; SELECT pg_sleep(5)`,
  `\\'`,
  `%_%`,
  `$1`,
  `E'\\x00'`,
];
const HTML = [`<script>alert(1)</script>`, `<img src=x onerror=alert(1)>`, `"><svg onload=alert(1)>`, `javascript:alert(1)`, `{{7*7}}`, "${7*7}", `&lt;b&gt;`];
const CONTROL = ["\u0000", "a\u0000b", "\u0007\u0008", "line\nbreak", "\r\n", "\t", "\u001b[31mred", "\u007f", "\u202eevil", "\u200b", "\ud800", "\uffff"];
const LONG = ["A".repeat(10_001), "é".repeat(2_049), "😀".repeat(1_025), " ".repeat(5_000), "x".repeat(100_000)];
const NUMBERISH = ["1e309", "0x10", " 12 ", "-0", "NaN", "Infinity", "1.5", "-1", "9007199254740993", "", " "];
const IDISH = ["00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "not-a-uuid", "1", "' OR 1=1 --"];

function pollutingObjects(): unknown[] {
  return [
    JSON.parse(`{"__proto__": {"polluted": "yes"}}`),
    JSON.parse(`{"constructor": {"prototype": {"polluted": "yes"}}}`),
    { __defineGetter__: "x", hasOwnProperty: "x", toString: "x", valueOf: 1 },
    Object.assign(Object.create(null), { polluted: "yes" }),
  ];
}

const WRONG_TYPES: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  "",
  [],
  [1, "a", null],
  {},
  new Date(Number.NaN),
  new Date("2026-11-26T23:30:00Z"),
  10n,
  [[[[[[[[[[[]]]]]]]]]]],
];

/** Any hostile value, of any type. */
export function hostileArbitrary(): fc.Arbitrary<unknown> {
  const strings = [...SQL, ...HTML, ...CONTROL, ...LONG, ...NUMBERISH, ...IDISH];
  return fc.oneof(
    fc.constantFrom(...strings),
    fc.constantFrom(...WRONG_TYPES),
    fc.constantFrom(...pollutingObjects()),
    fc.string({ unit: "binary", maxLength: 64 }),
    fc.anything({ maxDepth: 2, withNullPrototype: true, withBigInt: true, withDate: true }),
  );
}

type Def = { type: string; [key: string]: unknown };
type Check = { check: string; format?: string; pattern?: RegExp; maximum?: number; minimum?: number; value?: number; inclusive?: boolean };

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): Check[] => ((def.checks as { _zod: { def: Check } }[] | undefined) ?? []).map((check) => check._zod.def);

const WORDS = ["Alex", "Café", "bottes d'hiver", "Rue Ste-Catherine", "note", "ok", "Montréal", "test 123", "été", "X"];

function stringArbitrary(def: Def, context: FuzzContext, field: string | undefined): fc.Arbitrary<unknown> {
  const checks = checksOf(def);
  const max = Math.min(...checks.filter((c) => c.check === "max_length").map((c) => c.maximum ?? Infinity), Infinity);
  const min = Math.max(...checks.filter((c) => c.check === "min_length").map((c) => c.minimum ?? 0), 0);
  const format = def.format as string | undefined;
  if (format === "uuid" || format === "guid") {
    const likely = (field && context.idsByField.get(field)) || [];
    const pick = (ids: readonly string[]) => (ids.length > 0 ? fc.constantFrom(...ids) : fc.uuid());
    return fc.oneof({ weight: 6, arbitrary: pick(likely.length > 0 ? likely : context.ids) }, { weight: 1, arbitrary: pick(context.ids) }, { weight: 1, arbitrary: fc.uuid() });
  }
  const pattern = (def.pattern as RegExp | undefined) ?? checks.find((c) => c.check === "string_format" && c.pattern)?.pattern;
  if (format === "date") return fc.date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (format === "datetime") return fc.date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((d) => d.toISOString());
  if (format === "email") return fc.emailAddress();
  if (pattern && /\\d\{4\}-\\d\{2\}-\\d\{2\}/.test(pattern.source)) {
    // A day ("YYYY-MM-DD"): mostly real recent days, so that the command runs; sometimes any
    // string of that shape ("2026-02-30").
    const days = fc.date({ min: new Date("2024-01-01"), max: new Date("2027-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    return fc.oneof({ weight: 4, arbitrary: days }, { weight: 1, arbitrary: fc.stringMatching(pattern) });
  }
  if (pattern) {
    try {
      return fc.stringMatching(pattern).filter((value) => value.length <= max && value.length >= min);
    } catch {
      // fast-check does not read every regex (Unicode properties): the generic strings below.
    }
  }
  const upper = Number.isFinite(max) ? max : 200;
  const realistic = fc
    .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 })
    .map((words) => words.join(" "))
    .map((value) => (value.length < min ? value.padEnd(min, "x") : value).slice(0, upper));
  return fc.oneof(
    { weight: 3, arbitrary: realistic },
    { weight: 2, arbitrary: fc.string({ minLength: Math.min(min, upper), maxLength: Math.min(upper, 60), unit: "grapheme" }) },
    // Just past the limit.
    { weight: 1, arbitrary: fc.constant("y".repeat(Number.isFinite(max) ? max + 1 : 5000)) },
  );
}

function numberArbitrary(def: Def): fc.Arbitrary<unknown> {
  const checks = checksOf(def);
  const integer = checks.some((c) => c.check === "number_format" && (c.format === "safeint" || c.format === "int32" || c.format === "uint32"));
  const lower = checks.find((c) => c.check === "greater_than")?.value ?? -1_000_000;
  const upper = checks.find((c) => c.check === "less_than")?.value ?? 1_000_000;
  const inRange = integer
    ? fc.integer({ min: Math.ceil(lower), max: Math.floor(upper) })
    : fc.double({ min: lower, max: upper, noNaN: true, noDefaultInfinity: true });
  const edges = fc.constantFrom(lower - 1, upper + 1, 0, -1, 0.5, Number.MAX_SAFE_INTEGER + 2);
  const base = fc.oneof({ weight: 4, arbitrary: inRange }, { weight: 1, arbitrary: edges });
  // z.coerce.number() takes what forms send: strings.
  return def.coerce ? fc.oneof(base, base.map(String)) : base;
}

/**
 * An arbitrary of inputs for `schema`: at every level, one value in `hostileShare` is hostile,
 * the rest follow the schema's shape (and so mostly pass its parse).
 */
export function zodArbitrary(schema: z.ZodType, context: FuzzContext, hostileShare = 0.1, depth = 0, field?: string): fc.Arbitrary<unknown> {
  const shaped = shapedArbitrary(schema, context, hostileShare, depth, field);
  // Fewer hostile values deeper down: a form with ten fields still gets through whole, often.
  const hostileWeight = Math.max(1, Math.round((depth === 0 ? hostileShare : hostileShare / 3) * 100));
  return fc.oneof({ weight: 100 - hostileWeight, arbitrary: shaped }, { weight: hostileWeight, arbitrary: hostileArbitrary() });
}

function shapedArbitrary(schema: z.ZodType, context: FuzzContext, hostileShare: number, depth: number, field: string | undefined): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  // Wrappers (optional, nullable, pipe…) keep the field's name; objects give their keys.
  const inner = (child: unknown, key: string | undefined = field) => zodArbitrary(child as z.ZodType, context, hostileShare, depth + 1, key);
  if (depth > 8) return hostileArbitrary();
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, z.ZodType>;
      const fields: Record<string, fc.Arbitrary<unknown>> = {};
      const required: string[] = [];
      for (const [key, child] of Object.entries(shape)) {
        fields[key] = inner(child, key);
        const childType = defOf(child).type;
        if (childType !== "optional" && childType !== "default" && childType !== "prefault") required.push(key);
      }
      const record = fc.record(fields, { requiredKeys: required });
      // Sometimes an unknown key, a prototype key or a required one missing.
      return fc.oneof(
        { weight: 8, arbitrary: record },
        {
          weight: 1,
          arbitrary: fc.tuple(record, fc.constantFrom("__proto__", "constructor", "prototype", "extra", "id", "role"), hostileArbitrary()).map(([value, key, extra]) => {
            const copy = { ...(value as object) };
            Object.defineProperty(copy, key, { value: extra, enumerable: true, configurable: true, writable: true });
            return copy;
          }),
        },
        {
          weight: 1,
          arbitrary: record.map((value) => {
            const copy = { ...(value as Record<string, unknown>) };
            delete copy[required[0] ?? ""];
            return copy;
          }),
        },
      );
    }
    case "string":
      return stringArbitrary(def, context, field);
    case "number":
      return numberArbitrary(def);
    case "int":
      return numberArbitrary(def);
    case "bigint":
      return fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n });
    case "boolean":
      return def.coerce ? fc.constantFrom(true, false, "on", "true", "", "false") : fc.boolean();
    case "date":
      return fc.oneof(fc.date(), fc.date().map((d) => (Number.isNaN(d.getTime()) ? "invalid" : d.toISOString())));
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, string | number>));
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "null":
      return fc.constant(null);
    case "undefined":
    case "void":
      return fc.constant(undefined);
    case "optional":
      return fc.oneof(fc.constant(undefined), inner(def.innerType));
    case "nullable":
      return fc.oneof(fc.constant(null), inner(def.innerType));
    case "default":
    case "prefault":
    case "catch":
      return fc.oneof(fc.constant(undefined), inner(def.innerType));
    case "readonly":
    case "nonoptional":
    case "success":
      return inner(def.innerType);
    case "pipe": {
      // z.preprocess(fn, schema) is a pipe from a transform: the shape is the output side's.
      const from = defOf(def.in);
      return from.type === "transform" ? fc.oneof(inner(def.out), fc.constant("")) : inner(def.in);
    }
    case "array": {
      const checks = checksOf(def);
      const max = Math.min(...checks.filter((c) => c.check === "max_length").map((c) => c.maximum ?? 6), 6);
      const min = Math.min(Math.max(...checks.filter((c) => c.check === "min_length").map((c) => c.minimum ?? 0), 0), max);
      const element = inner(def.element, field?.replace(/s$/, ""));
      return fc.oneof({ weight: 5, arbitrary: fc.array(element, { minLength: min, maxLength: max }) }, { weight: 1, arbitrary: fc.array(element, { maxLength: 300 }) });
    }
    case "set":
      return fc.array(inner(def.valueType), { maxLength: 5 }).map((values) => new Set(values));
    case "tuple":
      return fc.tuple(...(def.items as z.ZodType[]).map((item) => inner(item)));
    case "record":
      return fc.dictionary(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("__proto__", "constructor")), inner(def.valueType), { maxKeys: 5 });
    case "union":
      return fc.oneof(...(def.options as z.ZodType[]).map((option) => inner(option)));
    case "intersection":
      return fc.tuple(inner(def.left), inner(def.right)).map(([a, b]) => (a && b && typeof a === "object" && typeof b === "object" ? { ...a, ...b } : a));
    case "lazy":
      return inner((def.getter as () => z.ZodType)());
    default:
      // transform, custom, any, unknown, file, promise…: anything at all.
      return fc.oneof(hostileArbitrary(), fc.anything({ maxDepth: 2 }));
  }
}
