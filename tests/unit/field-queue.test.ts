// The field queue's encryption and rules (DESIGN.md §4.8), on Node's WebCrypto (the browser's
// own API). IndexedDB and the network are covered end to end (tests/e2e/field-offline.spec.ts).
import { describe, expect, it } from "vitest";
import { newQueueKey, seal, unseal } from "@/lib/field/client/crypto";
import { freshness, nextSeq, outcomeOf, sendOrder, type QueueRecord } from "@/lib/field/client/queue-rules";
import { FIELD_SYNC_LIMIT_MS, FIELD_WARN_AFTER_MS, fieldClinicSessionSchema, fieldShiftSchema } from "@/lib/field/schemas";

const entry = { submissionId: "7b0c5a8e-2f6d-4c1b-9a3e-5d8f0e1c2b3a", recordedAt: 1_765_000_000_000, visits: [{ venueId: "v", note: "Bar du coin, 3 personnes" }] };

describe("the queue's encryption", () => {
  it("gives back what was sealed, and the stored bytes do not contain it", async () => {
    const key = await newQueueKey();
    const sealed = await seal(key, entry, entry.submissionId);
    expect(new TextDecoder().decode(sealed.data)).not.toContain("Bar du coin");
    expect(await unseal(key, sealed, entry.submissionId)).toEqual(entry);
  });

  it("makes a key no script can read out", async () => {
    const key = await newQueueKey();
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey("raw", key)).rejects.toThrow();
  });

  it("refuses to open with another key (the key is gone after sign-out) or under another record's id", async () => {
    const key = await newQueueKey();
    const sealed = await seal(key, entry, entry.submissionId);
    await expect(unseal(await newQueueKey(), sealed, entry.submissionId)).rejects.toThrow();
    await expect(unseal(key, sealed, "another-record")).rejects.toThrow();
  });

  it("never reuses an IV", async () => {
    const key = await newQueueKey();
    const ivs = new Set<string>();
    for (let i = 0; i < 50; i += 1) ivs.add(Buffer.from((await seal(key, entry, "x")).iv).toString("hex"));
    expect(ivs.size).toBe(50);
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
