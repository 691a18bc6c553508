// What a PEER and a HEALTH account receive: a PEER checks a person in without the intake note or
// the restriction reason ever reaching their browser; HEALTH sees alias and visits only.
import { DEMO, expect, expectNoSeriousA11yViolations, signIn, t, test } from "./support/fixtures.ts";
import { ParticipantsPage } from "./support/pages/participants-page.ts";
import { TonightPage } from "./support/pages/tonight-page.ts";
import { expectNotIn, expectPageFreeOf, recordResponses } from "./support/received.ts";
import { formatCode } from "./support/text.ts";

test("a PEER checks a person in without ever receiving the intake note or the restriction reason; HEALTH sees alias and visits only", async ({
  page,
  signInAs,
  newContext,
}) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  const noteMarker = `NoteSecrete${suffix}`;
  const reasonMarker = `RaisonSecrete${suffix}`;

  // Staff register the person with consent to a note, add a restriction, and open the night.
  await signInAs("STAFF");
  const tonight = new TonightPage(page);
  const participants = new ParticipantsPage(page);
  const person = await participants.register("Vulcain", {
    consent: "NEEDS_AND_NOTES",
    needs: ["HEALTH_CARE"],
    note: `Suivi : ${noteMarker}`,
  });
  // Staff see both on the profile: the markers are really there to leak.
  await expect(page.locator("section[aria-labelledby=intakes-heading]")).toContainText(noteMarker);
  await page.getByLabel(t("participants.reason"), { exact: true }).fill(reasonMarker);
  await page.getByRole("button", { name: t("participants.addRestriction"), exact: true }).click();
  await expect(page.getByText(t("participants.restrictionSaved"))).toBeVisible();
  await expect(page.locator("section[aria-labelledby=restrictions-heading]")).toContainText(reasonMarker);
  await tonight.open();

  // The PEER, with every response recorded from sign-in on.
  const peerContext = await newContext();
  const peerReceived = recordResponses(peerContext);
  const peer = await peerContext.newPage();
  await signIn(peer, DEMO.PEER);
  const peerDesk = new TonightPage(peer);
  await peer.goto("/tonight");
  await expect(peerDesk.searchBox).toBeFocused();
  // A PEER checks in and counts, but neither registers, nor closes the night.
  await expect(peerDesk.newPersonButton).toHaveCount(0);
  await expect(peer.getByRole("button", { name: t("tonight.closeConfirm"), exact: true })).toHaveCount(0);
  await expectPageFreeOf(peer, [noteMarker, reasonMarker]);

  await peerDesk.typeAndFind("vulc", person.alias, person.code);
  // The alert shows, without its reason.
  await expect(peerDesk.results.first()).toContainText(t("tonight.restricted"));
  await expectPageFreeOf(peer, [noteMarker, reasonMarker]);
  await peer.keyboard.press("Enter");
  await expect(peerDesk.checkInPanel).toContainText(`${t("tonight.checkedIn")} ${person.alias}`);
  const card = peerDesk.visitCard(person.alias);
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(t("tonight.restricted"));
  // A PEER records a service.
  await card.getByRole("button", { name: t("enums.service.MEAL"), exact: true }).click();
  await expect(card.getByRole("button", { name: t("enums.service.MEAL"), exact: true })).toHaveAttribute("aria-pressed", "true");
  await peer.reload();
  await expect(peerDesk.visitCard(person.alias)).toContainText(t("tonight.restricted"));
  await expectPageFreeOf(peer, [noteMarker, reasonMarker]);
  // And counts someone who declines a record.
  await peerDesk.countAnonymousByKeyboard();

  // The profile, typed in the address bar: refused, and nothing of the record comes back.
  const profile = await peer.goto(`/participants/${person.id}`);
  expect(profile?.status()).toBe(403);
  await expect(peer.getByRole("heading", { level: 1, name: t("errors.forbiddenTitle") })).toBeVisible();
  await expectPageFreeOf(peer, [noteMarker, reasonMarker, person.code]);
  expect((await peer.goto("/participants"))?.status()).toBe(403);
  // The routes the page uses, asked directly.
  const search = await peer.request.get(`/api/participants/search?${new URLSearchParams({ q: "vulcain" })}`);
  expect(search.status()).toBe(200);
  const searchBody = await search.text();
  expect(searchBody).toContain(person.code);
  expect(searchBody).not.toContain(noteMarker);
  expect(searchBody).not.toContain(reasonMarker);
  expect((await peer.request.get(`/api/participants/matches?${new URLSearchParams({ alias: "Vulcain" })}`)).status()).toBe(403);

  const received = await peerReceived();
  // The recording saw the pages and the search as they came (a check that it records at all).
  expect(received.some((response) => response.type === "document" && new URL(response.url).pathname === "/tonight")).toBe(true);
  expect(received.some((response) => new URL(response.url).pathname === "/api/participants/search" && response.body.includes(person.code))).toBe(true);
  expectNotIn(received, [noteMarker, reasonMarker]);

  // HEALTH: the list and the profile with code, alias and visits; no note, no reason; no /tonight.
  const healthContext = await newContext();
  const healthReceived = recordResponses(healthContext);
  const health = await healthContext.newPage();
  await signIn(health, DEMO.HEALTH);
  expect((await health.goto("/tonight"))?.status()).toBe(403);
  await health.goto(`/participants?${new URLSearchParams({ q: "vulcain" })}`);
  await health.getByRole("link", { name: person.alias, exact: true }).click();
  await health.waitForURL(`**/participants/${person.id}`);
  await expect(health.getByRole("heading", { level: 1 })).toContainText(person.alias);
  await expect(health.getByTestId("participant-code")).toHaveText(formatCode(person.code));
  await expect(health.getByText(t("participants.healthView"))).toBeVisible();
  await expect(health.getByText("1 visite", { exact: true })).toBeVisible();
  const timeline = health.locator("section[aria-labelledby=timeline-heading]");
  await expect(timeline.getByRole("listitem")).toHaveCount(1);
  await expect(timeline).toContainText(t("enums.service.MEAL"));
  await expect(health.locator("section[aria-labelledby=intakes-heading]")).toHaveCount(0);
  await expect(health.locator("section[aria-labelledby=restrictions-heading]")).toHaveCount(0);
  await expect(health.locator("section[aria-labelledby=edit-heading]")).toHaveCount(0);
  await expectPageFreeOf(health, [noteMarker, reasonMarker]);
  await expectNoSeriousA11yViolations(health);
  const healthResponses = await healthReceived();
  expect(healthResponses.some((response) => new URL(response.url).pathname === `/participants/${person.id}`)).toBe(true);
  expectNotIn(healthResponses, [noteMarker, reasonMarker]);
});
