// The field queue's encryption and rules (DESIGN.md §4.8), on Node's WebCrypto (the browser's
// own API). IndexedDB and the network are covered end to end (tests/e2e/field-offline.spec.ts).
import { describe, expect, it } from "vitest";
import { deriveQueueKey, newPinLock, newSalt, PIN_ITERATIONS, PIN_PATTERN, seal, unlockWithPin, unseal } from "@/lib/field/client/crypto";
import { freshness, nextSeq, outcomeOf, sendOrder, type QueueRecord } from "@/lib/field/client/queue-rules";
import { FIELD_SYNC_LIMIT_MS, FIELD_WARN_AFTER_MS, fieldClinicSessionSchema, fieldShiftSchema } from "@/lib/field/schemas";

const entry = { submissionId: "7b0c5a8e-2f6d-4c1b-9a3e-5d8f0e1c2b3a", recordedAt: 1_765_000_000_000, visits: [{ venueId: "v", note: "Bar du coin, 3 personnes" }] };

describe("the queue's encryption, under the device's PIN", () => {
  const pin = "482913";

  it("derives the key from the PIN with PBKDF2-SHA-256, at least 310,000 iterations and a random salt", async () => {
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(310_000);
    const { lock } = await newPinLock(pin);
    expect(lock.iterations).toBe(PIN_ITERATIONS);
    expect(lock.salt).toHaveLength(16);
    expect(Buffer.from(lock.salt).equals(Buffer.from((await newPinLock(pin)).lock.salt))).toBe(false);
    // The same PIN and salt give the same key: what one sealed, the other opens.
    const sealed = await seal(await deriveQueueKey(pin, lock.salt), entry, entry.submissionId);
    expect(await unseal(await deriveQueueKey(pin, lock.salt), sealed, entry.submissionId)).toEqual(entry);
  });

  it("seals with the PIN's key, opens with the right PIN, and the stored bytes do not contain the entry", async () => {
    const { key, lock } = await newPinLock(pin);
    const sealed = await seal(key, entry, entry.submissionId);
    expect(new TextDecoder().decode(sealed.data)).not.toContain("Bar du coin");
    expect(JSON.stringify({ ...lock, salt: [...lock.salt] })).not.toContain(pin);
    const again = await unlockWithPin(pin, lock);
    expect(again).not.toBeNull();
    expect(await unseal(again!, sealed, entry.submissionId)).toEqual(entry);
  });

  it("gives no key for a wrong PIN, and a wrong key opens nothing", async () => {
    const { key, lock } = await newPinLock(pin);
    const sealed = await seal(key, entry, entry.submissionId);
    expect(await unlockWithPin("482914", lock)).toBeNull();
    expect(await unlockWithPin("", lock)).toBeNull();
    await expect(unseal(await deriveQueueKey("482914", lock.salt), sealed, entry.submissionId)).rejects.toThrow();
    // Another salt (another device, or a new PIN after an erasure): the old entries stay shut.
    await expect(unseal(await deriveQueueKey(pin, newSalt()), sealed, entry.submissionId)).rejects.toThrow();
  });

  it("keeps the key non-extractable: no script can read it out", async () => {
    const { key } = await newPinLock(pin);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey("raw", key)).rejects.toThrow();
  });

  it("refuses to open an entry under another record's id", async () => {
    const { key } = await newPinLock(pin);
    const sealed = await seal(key, entry, entry.submissionId);
    await expect(unseal(key, sealed, "another-record")).rejects.toThrow();
  });

  it("never reuses an IV", async () => {
    const { key } = await newPinLock(pin);
    const ivs = new Set<string>();
    for (let i = 0; i < 50; i += 1) ivs.add(Buffer.from((await seal(key, entry, "x")).iv).toString("hex"));
    expect(ivs.size).toBe(50);
  });

  it("asks for 6 to 12 digits", () => {
    expect(["123456", "123456789012"].every((value) => PIN_PATTERN.test(value))).toBe(true);
    expect(["12345", "1234567890123", "12345a", " 123456", "١٢٣٤٥٦"].some((value) => PIN_PATTERN.test(value))).toBe(false);
  });
});

const record = (seq: number, change: Partial<QueueRecord> = {}): QueueRecord => ({
  id: `id-${seq}`,
  seq,
  kind: "outreach-shift",
  ownerId: "me",
  recordedAt: 0,
  status: "waiting",
  error: null,
  fieldErrors: {},
  ...change,
});

describe("the queue's order and outcomes", () => {
  it("sends waiting entries of the signed-in account, oldest saved first", () => {
    const records = [record(3), record(1), record(2, { status: "refused" }), record(4, { ownerId: "someone else" }), record(0)];
    expect(sendOrder(records, "me").map((r) => r.seq)).toEqual([0, 1, 3]);
  });

  it("numbers a new entry after every entry kept", () => {
    expect(nextSeq([])).toBe(1);
    expect(nextSeq([record(4), record(2)])).toBe(5);
  });

  it("drops an entry only once the server recorded it; keeps a refused one; retries on anything else", () => {
    expect(outcomeOf(200)).toBe("recorded");
    expect(outcomeOf(422)).toBe("refused");
    expect(outcomeOf(400)).toBe("refused");
    expect(outcomeOf(401)).toBe("signed-out");
    // A role that may not record the entry: refused with the reason, kept for the worker to decide.
    expect(outcomeOf(403)).toBe("refused");
    expect(outcomeOf(503)).toBe("retry");
    expect(outcomeOf(500)).toBe("retry");
    expect(outcomeOf(null)).toBe("retry");
  });

  it("warns from 10 hours and expires an entry at 12 hours without a sync", () => {
    const saved = 1_000_000;
    expect(freshness(saved, saved + FIELD_WARN_AFTER_MS - 1)).toBe("fresh");
    expect(freshness(saved, saved + FIELD_WARN_AFTER_MS)).toBe("warn");
    expect(freshness(saved, saved + FIELD_SYNC_LIMIT_MS)).toBe("expired");
  });
});

describe("what a device may queue", () => {
  const shift = {
    submissionId: entry.submissionId,
    recordedAt: entry.recordedAt,
    date: "2026-12-04",
    startTime: "15:00",
    endTime: "18:00",
    note: "",
    visits: [{ venueId: "0b6f3c9e-8a1d-4e2f-9c7b-1a2b3c4d5e6f", peopleMet: 3, newContacts: 1, cardsGiven: 2, referrals: 0, note: "", supplies: [{ itemId: "1c7e4d0f-9b2e-4f3a-8d6c-2b3c4d5e6f70", size: "", quantity: 5 }] }],
  };

  it("accepts a shift with its venues and supplies", () => {
    expect(fieldShiftSchema.safeParse(shift).success).toBe(true);
  });

  it("refuses a shift without a venue, the same venue twice, or more new contacts than people met", () => {
    expect(fieldShiftSchema.safeParse({ ...shift, visits: [] }).error?.issues[0]?.message).toBe("field.errors.noVenue");
    expect(fieldShiftSchema.safeParse({ ...shift, visits: [shift.visits[0], shift.visits[0]] }).error?.issues[0]?.message).toBe("programs.errors.venueAlreadyVisited");
    expect(fieldShiftSchema.safeParse({ ...shift, visits: [{ ...shift.visits[0], newContacts: 9 }] }).success).toBe(false);
  });

  it("refuses an anonymous encounter with nothing done, and any participant field", () => {
    const session = { submissionId: entry.submissionId, recordedAt: entry.recordedAt, date: "2026-12-04", partnerId: "0b6f3c9e-8a1d-4e2f-9c7b-1a2b3c4d5e6f" };
    expect(fieldClinicSessionSchema.safeParse({ ...session, encounters: [{}] }).error?.issues[0]?.message).toBe("clinic.errors.noService");
    const parsed = fieldClinicSessionSchema.parse({ ...session, encounters: [{ participantId: "x", tests: { HIV: { done: true, method: "RAPID" } } }] });
    expect(parsed.encounters[0]).not.toHaveProperty("participantId");
  });
});
