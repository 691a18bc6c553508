// Two desks at once: the same person checked in at the same moment makes one visit, and a
// check-in on a night another desk has just closed is refused with nothing written.
import type { APIResponse } from "@playwright/test";
import { DATED } from "./support/dated.ts";
import { alertWithText, DEMO, expect, postServerAction, serverActionId, signIn, t, test } from "./support/fixtures.ts";
import { NightsPage } from "./support/pages/nights-page.ts";
import { ParticipantsPage } from "./support/pages/participants-page.ts";
import { countsText, TonightPage } from "./support/pages/tonight-page.ts";
import { inPayload, UUID } from "./support/text.ts";

const TONIGHT_ACTIONS = "app/(staff)/tonight/actions.ts";

test("two staff checking in the same person at the same moment make one visit", async ({ page, signInAs, newContext, baseURL }) => {
  test.setTimeout(120_000);
  await signInAs("STAFF");
  const tonight = new TonightPage(page);
  const participants = new ParticipantsPage(page);
  const nights = new NightsPage(page);
  const person = await participants.register("Tumulte");
  const other = await participants.register("Turquoise");
  await tonight.open();
  const nightId = await nights.openNightId();

  const colleague = await (await newContext()).newPage();
  await signIn(colleague, DEMO.COORDINATOR);
  const desks = [tonight, new TonightPage(colleague)];
  for (const desk of desks) {
    await desk.page.goto("/tonight");
    await expect(desk.searchBox).toBeFocused();
  }
  const before = await tonight.readCounts();

  // Both find the person, then both press Enter at once.
  await Promise.all(desks.map((desk) => desk.typeAndFind("tumu", person.alias, person.code)));
  await Promise.all(desks.map((desk) => desk.page.keyboard.press("Enter")));
  for (const desk of desks) await expect(desk.searchBox).toHaveValue("");
  const messages = await Promise.all(desks.map(async (desk) => (await desk.checkInPanel.textContent()) ?? ""));
  // One desk made the visit; the other was told the person is already in.
  expect(messages.filter((message) => message.includes(t("tonight.checkedIn")))).toHaveLength(1);
  expect(messages.filter((message) => message.includes(t("tonight.alreadyIn")))).toHaveLength(1);

  const after = { ...before, visits: before.visits + 1, newParticipants: before.newParticipants + 1 };
  for (const desk of desks) {
    await desk.page.reload();
    await expect(desk.visitCard(person.alias)).toHaveCount(1);
    await expect(desk.countsLine).toHaveText(countsText(after));
  }

  // Six check-ins of another person posted at once, as six tablets would: one visit, one id.
  const checkIn = serverActionId(TONIGHT_ACTIONS, "checkIn");
  const answers = await Promise.all(
    Array.from({ length: 6 }, (_, index) =>
      postServerAction((index % 2 === 0 ? page : colleague).request, {
        path: "/tonight",
        actionId: checkIn,
        args: [{ nightId, participantId: other.id }],
        origin: baseURL as string,
      }).then((response: APIResponse) => response.text()),
    ),
  );
  for (const answer of answers) expect(answer).toContain('"ok":true');
  expect(answers.filter((answer) => answer.includes('"alreadyIn":false'))).toHaveLength(1);
  expect(answers.filter((answer) => answer.includes('"alreadyIn":true'))).toHaveLength(5);
  const visitIds = new Set(answers.map((answer) => /"visitId":"([0-9a-f-]{36})"/.exec(answer)?.[1]));
  expect(visitIds.size).toBe(1);
  expect([...visitIds][0]).toMatch(UUID);

  await page.reload();
  await expect(tonight.visitCard(other.alias)).toHaveCount(1);
  await expect(tonight.countsLine).toHaveText(countsText({ ...after, visits: after.visits + 1, newParticipants: after.newParticipants + 1 }));
});

test("a check-in on a night another desk has just closed is refused with a message, and nothing is written", DATED, async ({
  page,
  signInAs,
  newContext,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await signInAs("STAFF");
  const tonight = new TonightPage(page);
  const participants = new ParticipantsPage(page);
  const nights = new NightsPage(page);
  const person = await participants.register("Sumac");
  await tonight.open();
  const nightId = await nights.openNightId();
  await page.goto("/tonight");
  await tonight.countAnonymousByKeyboard();
  const anonymousCard = tonight.visitCard(t("tonight.anonymousVisitor")).first();
  await expect(anonymousCard).toBeVisible();
  await tonight.typeAndFind("suma", person.alias, person.code);

  // Meanwhile the coordinator closes the night at another desk.
  const coordinator = await (await newContext()).newPage();
  await signIn(coordinator, DEMO.COORDINATOR);
  const coordinatorDesk = new TonightPage(coordinator);
  const coordinatorNights = new NightsPage(coordinator);
  expect(await coordinatorDesk.close("Fermée pendant une inscription.")).toBe(nightId);
  const closed = await coordinatorNights.readSummary(nightId);

  // The first desk, still on the old page, presses Enter: a clear message, no visit.
  await page.keyboard.press("Enter");
  await expect(alertWithText(page, t("errors.nightClosed"))).toBeVisible();
  await expect(tonight.searchBox).toHaveValue("suma");
  await tonight.anonymousButton.click();
  await expect(alertWithText(page, t("errors.nightClosed"))).toBeVisible();
  // So is a service on a visit of the closed night.
  const snack = anonymousCard.getByRole("button", { name: t("enums.service.SNACK"), exact: true });
  await expect(snack).toHaveAttribute("aria-pressed", "false");
  await snack.click();
  await expect(anonymousCard.getByRole("alert")).toHaveText(t("errors.nightClosed"));
  await expect(snack).toHaveAttribute("aria-pressed", "false");
  // Posted directly, the same answer.
  const answer = await (
    await postServerAction(page.request, {
      path: "/tonight",
      actionId: serverActionId(TONIGHT_ACTIONS, "checkIn"),
      args: [{ nightId, participantId: person.id }],
      origin: baseURL as string,
    })
  ).text();
  expect(answer).toContain('"ok":false');
  expect(answer).toContain(inPayload(t("errors.nightClosed")));

  await coordinator.reload();
  expect(await coordinatorNights.readSummary(nightId)).toEqual(closed);
  await page.goto(`/participants/${person.id}`);
  await expect(page.locator("section[aria-labelledby=timeline-heading]")).toContainText(t("participants.noVisits"));

  // With the night closed, a PEER is told staff must open it, and cannot.
  const peer = await (await newContext()).newPage();
  await signIn(peer, DEMO.PEER);
  const peerDesk = new TonightPage(peer);
  await peer.goto("/tonight");
  await expect(peer.getByText(t("tonight.peerCannotOpen"))).toBeVisible();
  await expect(peerDesk.openButton).toHaveCount(0);
  const refused = await (
    await postServerAction(peer.request, {
      path: "/tonight",
      actionId: serverActionId(TONIGHT_ACTIONS, "openNight"),
      args: [{}],
      origin: baseURL as string,
    })
  ).text();
  expect(refused).toContain('"ok":false');
  expect(refused).toContain(inPayload(t("errors.forbidden")));
  await peer.reload();
  await expect(peer.getByText(t("tonight.peerCannotOpen"))).toBeVisible();
});
