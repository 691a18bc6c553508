// Text the fuzzer found breaking things, each now a clear refusal or an ordinary value.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { saveVenueAction } from "@/lib/programs/actions";
import { saveItemAction } from "@/lib/stock/actions";
import { searchDirectory } from "@/lib/directory/partners";
import { signedIn } from "@/tests/support/sessions";
import { runAs } from "@/tests/support/front-desk";

const venue = (name: string) => ({ name, type: "BAR", area: "Rue Sainte-Catherine Est", weeklyTarget: 1, serviceAgreement: false, active: true, note: "" });

describe("hostile text", () => {
  let staff: SessionUser;
  beforeAll(async () => {
    staff = await signedIn(prisma, "STAFF");
  });

  it("refuses half an emoji (a lone surrogate) anywhere in a request as bad input, writing nothing", async () => {
    const before = await prisma.catalogueItem.count();
    const answer = await runAs(prisma, saveItemAction, staff, { category: "CLOTHING", nameFr: "Bas", nameEn: "Socks \ud800", unitFr: "paire", unitEn: "pair", sizes: "", lowStockThreshold: "5", active: "true" });
    expect(answer).toMatchObject({ ok: false, error: "Some fields need correcting. Nothing was saved." });
    expect(await prisma.catalogueItem.count()).toBe(before);
  });

  it("compares venue names as text, not as patterns: a backslash, _ and % are just characters", async () => {
    expect((await runAs(prisma, saveVenueAction, staff, venue("Bar abc"))).ok).toBe(true);
    // "Bar a_c" would match "Bar abc" as an ILIKE pattern; it is another name.
    expect((await runAs(prisma, saveVenueAction, staff, venue("Bar a_c"))).ok).toBe(true);
    expect((await runAs(prisma, saveVenueAction, staff, venue("Chez Zoé \\"))).ok).toBe(true);
    const again = await runAs(prisma, saveVenueAction, staff, venue("chez zoé \\"));
    expect(again.ok ? "" : again.fieldErrors.name).toBeTruthy();
    expect(await prisma.venue.count()).toBe(3);
    await expect(searchDirectory(staff, { q: "refuge\\" })).resolves.toBeInstanceOf(Array);
  });
});
