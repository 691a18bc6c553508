// Each page sends the browser only the messages its client components use
// (components/i18n/client-messages.tsx): a PEER's and a STAFF member's pages carry none of the
// clinic's words, neither in the HTML (whose self.__next_f pushes hold the React payload) nor in
// the payload a client navigation fetches (RSC: 1). And the home page is light again.
//
// The clinic's words: every literal stretch of text of messages/{fr,en}.json's "clinic"
// namespace (placeholders, plural syntax, quotes and apostrophes cut out, since HTML and JSON
// escape those), kept when it is at least 12 characters long and found in no message of any
// other namespace, in either language: "Anonymous" or "Partner organisation" are everyone's words,
// "Tonight's clinics" and "Vaccins par vaccin et dose" are the clinic's.
import { navItemsFor } from "../../lib/navigation.ts";
import { expect, MESSAGES, test, type Role } from "./support/fixtures.ts";

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree | string): string[] => (typeof tree === "string" ? [tree] : Object.values(tree).flatMap(leaves));
const fragments = (message: string) => message.split(/[{}#'’"&<>]/).map((piece) => piece.trim());

const MIN_LENGTH = 12;
const elsewhere = (["fr", "en"] as const).flatMap((locale) =>
  Object.entries(MESSAGES[locale]).filter(([namespace]) => namespace !== "clinic").flatMap(([, tree]) => leaves(tree)),
);
const CLINIC_WORDS = [
  ...new Set(
    (["fr", "en"] as const)
      .flatMap((locale) => leaves(MESSAGES[locale].clinic!).flatMap(fragments))
      .filter((piece) => piece.length >= MIN_LENGTH && !/\b(plural|select|selectordinal)\b/.test(piece))
      .filter((piece) => !elsewhere.some((message) => message.includes(piece))),
  ),
].sort();

const clinicWordsIn = (text: string) => CLINIC_WORDS.filter((words) => text.includes(words));

test("the clinic's words are a real list, and the clinic's own page carries them", async ({ page, signInAs }) => {
  expect(CLINIC_WORDS.length).toBeGreaterThan(100);
  await signInAs("HEALTH");
  const html = await (await page.request.get("/clinic")).text();
  expect(clinicWordsIn(html).length).toBeGreaterThan(10);
});

for (const role of ["PEER", "STAFF"] as const satisfies readonly Role[]) {
  test(`${role}: no page of the menu carries the clinic's words`, async ({ page, signInAs }) => {
    await signInAs(role);
    const pages = navItemsFor(role).map((item) => item.href);
    expect(pages.length).toBeGreaterThan(5);
    for (const href of pages) {
      const answer = await page.goto(href);
      expect(answer?.status(), href).toBe(200);
      const html = await answer!.text();
      expect(html, href).toContain("self.__next_f");
      expect(clinicWordsIn(html), `${href}: HTML`).toEqual([]);
      // What a click in the menu fetches instead of the HTML.
      const payload = await page.request.get(href, { headers: { RSC: "1" } });
      expect(payload.headers()["content-type"], href).toContain("text/x-component");
      expect(clinicWordsIn(await payload.text()), `${href}: React payload`).toEqual([]);
    }
  });
}

test("the coordinator's home page weighs at most 45 kB of HTML", async ({ page, signInAs }) => {
  await signInAs("COORDINATOR");
  const html = await (await page.request.get("/")).body();
  console.log(`home page HTML as COORDINATOR: ${html.length} bytes`);
  expect(html.length).toBeLessThanOrEqual(45_000);
});
