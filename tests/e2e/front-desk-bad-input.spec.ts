// Bad input at the desk: an empty or 41-character alias gets a French field error and creates
// nothing, posted directly too; an item with sizes is refused without one.
import { alertWithText, expect, postServerAction, serverActionId, t, test } from "./support/fixtures.ts";
import { NightsPage } from "./support/pages/nights-page.ts";
import { countsText, TonightPage } from "./support/pages/tonight-page.ts";
import { inPayload } from "./support/text.ts";

const TONIGHT_ACTIONS = "app/(staff)/tonight/actions.ts";
const PARTICIPANTS_ACTIONS = "app/(staff)/participants/actions.ts";

test("bad input: an empty or 41-character alias gets a French field error and creates nothing; a missing size is refused", async ({
  page,
  signInAs,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await signInAs("STAFF");
  const tonight = new TonightPage(page);
  const nights = new NightsPage(page);
  await tonight.open();
  const before = await tonight.readCounts();
  const aliasError = t("validation.aliasLength");

  // Empty: the intake opened from an empty search box.
  await expect(tonight.searchBox).toBeFocused();
  await tonight.newPersonButton.click();
  const intake = page.getByRole("form", { name: t("participants.newTitle") });
  const aliasField = intake.getByLabel(t("participants.alias"), { exact: true });
  await expect(aliasField).toHaveValue("");
  await intake.getByRole("button", { name: t("participants.createAndCheckIn"), exact: true }).click();
  await expect(alertWithText(page, aliasError)).toBeVisible();
  await expect(aliasField).toHaveAttribute("aria-invalid", "true");
  // Spaces only are empty too.
  await aliasField.fill("   ");
  await aliasField.press("Enter");
  await expect(alertWithText(page, aliasError)).toBeVisible();

  // 41 characters: the field stops at 40 as one types...
  const long = `Ulule${"x".repeat(36)}`;
  expect(long).toHaveLength(41);
  await aliasField.fill("");
  await aliasField.pressSequentially(long);
  await expect(aliasField).toHaveValue(long.slice(0, 40));
  await expect(alertWithText(page, aliasError)).toHaveCount(0);
  // ...and when the limit is not in the way (an old browser, a script), the form refuses it.
  await aliasField.evaluate((input) => input.removeAttribute("maxlength"));
  await aliasField.fill(long);
  await expect(aliasField).toHaveValue(long);
  await aliasField.press("Enter");
  await expect(alertWithText(page, aliasError)).toBeVisible();
  await expect(intake).toBeVisible();
  await intake.getByRole("button", { name: t("common.cancel"), exact: true }).click();
  await expect(intake).toHaveCount(0);
  await expect(tonight.searchBox).toBeFocused();

  // The server refuses the same input posted directly, with the field's message in French.
  const nightId = await nights.openNightId();
  const origin = baseURL as string;
  const intakeInput = { consentScope: "NEEDS", immediateNeeds: [], longTermNeeds: [], housing: "", note: "" };
  const attempts: [string, unknown, string][] = [
    ["/tonight", { alias: long, intake: intakeInput, checkInNightId: nightId }, aliasError],
    ["/tonight", { alias: "", intake: intakeInput, checkInNightId: nightId }, aliasError],
    ["/participants/new", { alias: long, intake: intakeInput }, aliasError],
    ["/participants/new", { alias: "Ulule\u0007", intake: intakeInput }, t("validation.controlCharacters")],
  ];
  for (const [path, input, fieldError] of attempts) {
    const actionId = path === "/tonight" ? serverActionId(TONIGHT_ACTIONS, "registerAndCheckIn") : serverActionId(PARTICIPANTS_ACTIONS, "createParticipant");
    const answer = await (await postServerAction(page.request, { path, actionId, args: [input], origin })).text();
    expect(answer, path).toContain('"ok":false');
    expect(answer, path).toContain(inPayload(t("errors.invalidInput")));
    expect(answer, path).toContain(`"alias":"${inPayload(fieldError)}"`);
  }

  // Nothing was written: nobody is called "Ulule…", and tonight's counts did not move.
  const search = await page.request.get(`/api/participants/search?${new URLSearchParams({ q: "ulule" })}`);
  expect(await search.json()).toEqual([]);
  await page.goto("/tonight");
  await expect(tonight.countsLine).toHaveText(countsText(before));

  // An item with sizes needs a size: refused with a message, nothing recorded.
  await tonight.countAnonymousByKeyboard();
  const card = tonight.visitCard(t("tonight.anonymousVisitor")).first();
  await tonight.chooseItem(card, "Chandail");
  await expect(tonight.sizeSelect(card)).toHaveValue("");
  await card.getByRole("button", { name: t("tonight.addItem"), exact: true }).click();
  await expect(card.getByRole("alert")).toHaveText(t("errors.sizeRequired"));
  await expect(card.getByRole("list", { name: t("tonight.items") })).toHaveCount(0);
});
