// The check-in by keyboard alone: the search box has the focus on arrival and after every
// check-in, the arrows choose among the results, Enter checks in, Escape clears, and "new person"
// offers an existing record before making a second one. Opens tonight's night itself.
import { expect, t, test } from "./support/fixtures.ts";
import { ParticipantsPage } from "./support/pages/participants-page.ts";
import { countsText, TonightPage } from "./support/pages/tonight-page.ts";
import { formatCode } from "./support/text.ts";

test("keyboard: the search box has the focus on arrival and after every check-in; arrows choose, Enter checks in, Escape clears", async ({
  page,
  signInAs,
}) => {
  await signInAs("STAFF");
  const tonight = new TonightPage(page);
  const participants = new ParticipantsPage(page);
  const red = await participants.register("Tulipe Rouge");
  const blue = await participants.register("Tulipe Bleue");
  await tonight.open();
  await page.reload();
  await expect(tonight.searchBox).toBeFocused();
  await expect(tonight.searchBox).toHaveAttribute("role", "combobox");
  const before = await tonight.readCounts();

  // Two results, by alias: "tulipe bleue" first. ArrowDown selects the second, Enter takes it.
  const answered = tonight.searchAnswered("tulip");
  await page.keyboard.type("tulip");
  await answered;
  await expect(tonight.results).toHaveCount(2);
  await expect(tonight.searchBox).toHaveAttribute("aria-expanded", "true");
  await expect(tonight.results.nth(0)).toContainText(blue.alias);
  await expect(tonight.results.nth(0)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await expect(tonight.results.nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(tonight.results.nth(0)).toHaveAttribute("aria-selected", "false");
  await expect(tonight.searchBox).toHaveAttribute("aria-activedescendant", `hit-${red.id}`);
  await page.keyboard.press("ArrowDown");
  await expect(tonight.results.nth(1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(tonight.checkInPanel).toContainText(`${t("tonight.checkedIn")} ${red.alias}`);
  await expect(tonight.searchBox).toBeFocused();
  await expect(tonight.searchBox).toHaveValue("");
  await expect(tonight.results).toHaveCount(0);
  await expect(tonight.visitCard(red.alias)).toHaveCount(1);
  await expect(tonight.visitCard(blue.alias)).toHaveCount(0);
  await expect(tonight.countsLine).toHaveText(countsText({ ...before, visits: before.visits + 1, newParticipants: before.newParticipants + 1 }));

  // Escape empties the box; the focus stays.
  await page.keyboard.type("tulip");
  await expect(tonight.results).toHaveCount(2);
  // Tonight's red tulip is already in: it goes after the one still to check in, and says so.
  await expect(tonight.results.nth(0)).toContainText(blue.alias);
  await expect(tonight.results.nth(1)).toContainText(red.alias);
  await expect(tonight.results.nth(1)).toContainText(t("tonight.alreadyInBadge"));
  await page.keyboard.press("Escape");
  await expect(tonight.searchBox).toHaveValue("");
  await expect(tonight.results).toHaveCount(0);
  await expect(tonight.searchBox).toBeFocused();

  // Enter on someone already in: one visit still, and the box is ready again.
  await tonight.typeAndFind("tulipe r", red.alias, red.code);
  await expect(tonight.results).toHaveCount(1);
  await page.keyboard.press("Enter");
  await expect(tonight.checkInPanel).toContainText(`${t("tonight.alreadyIn")} ${red.alias} (${formatCode(red.code)})`);
  await expect(tonight.searchBox).toBeFocused();
  await expect(tonight.searchBox).toHaveValue("");
  await expect(tonight.visitCard(red.alias)).toHaveCount(1);

  // Typing nothing matches: a message, and Enter does nothing.
  const none = tonight.searchAnswered("zzuzz");
  await page.keyboard.type("zzuzz");
  await none;
  await expect(tonight.checkInPanel).toContainText(t("tonight.noMatch"));
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  await expect(tonight.searchBox).toHaveValue("");

  // The anonymous visitor and the quick intake also hand the focus back to an empty box.
  await tonight.countAnonymousByKeyboard();
  await tonight.registerNewcomerByKeyboard("Zéphyrine");
  await expect(tonight.countsLine).toHaveText(
    countsText({ visits: before.visits + 3, anonymous: before.anonymous + 1, newParticipants: before.newParticipants + 2 }),
  );

  // "New person" for someone who has a record: the intake shows the similar aliases first, and
  // choosing one checks that person in instead of making a second record.
  const answeredBlue = tonight.searchAnswered(blue.alias);
  await page.keyboard.type(blue.alias);
  await answeredBlue;
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(tonight.newPersonButton).toBeFocused();
  await page.keyboard.press("Enter");
  const intake = page.getByRole("form", { name: t("participants.newTitle") });
  await expect(intake.getByText(t("participants.possibleMatches"))).toBeVisible();
  const match = intake.getByRole("listitem").filter({ hasText: formatCode(blue.code) });
  await match.getByRole("button", { name: t("participants.useThisPerson"), exact: true }).click();
  await expect(intake).toHaveCount(0);
  await expect(tonight.checkInPanel).toContainText(`${t("tonight.checkedIn")} ${blue.alias} (${formatCode(blue.code)})`);
  await expect(tonight.searchBox).toBeFocused();
  await expect(tonight.visitCard(blue.alias)).toHaveCount(1);
  await expect(tonight.countsLine).toHaveText(
    countsText({ visits: before.visits + 4, anonymous: before.anonymous + 1, newParticipants: before.newParticipants + 3 }),
  );
  const search = await page.request.get(`/api/participants/search?${new URLSearchParams({ q: "tulipe" })}`);
  expect(((await search.json()) as unknown[]).length).toBe(2);
});
