// The shift's home page (issue 16 part 6): each demo role sees only its own items (the role
// table written out by hand below), and every link on them opens a page that role may see.
import { DEMO, expect, expectNoSeriousA11yViolations, ROLES, t, test, type Role } from "./support/fixtures.ts";

const SECTIONS: Record<Role, string[]> = {
  COORDINATOR: ["tonight", "follow-ups", "low-stock", "overdue-venues", "trainings", "next-workshop"],
  STAFF: ["tonight", "follow-ups", "low-stock", "overdue-venues", "trainings", "next-workshop"],
  HEALTH: ["clinic", "next-workshop"],
  PEER: ["tonight", "next-workshop"],
};

for (const role of ROLES) {
  test(`${role}'s home shows its items only, each linking to a page it may open`, async ({ page, signInAs }) => {
    await signInAs(role);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("home.welcome").replace("{name}", DEMO[role].displayName));
    const items = page.getByTestId("home-items");
    await expect(items.locator(":scope > section")).toHaveCount(SECTIONS[role].length);
    for (const id of SECTIONS[role]) await expect(items.getByTestId(`home-${id}`)).toBeVisible();
    // The health team's item, and its list of who is due, exist on no other role's page.
    if (role !== "HEALTH") {
      await expect(page.getByTestId("home-clinic")).toHaveCount(0);
      await expect(page.getByText(t("home.clinic.heading"))).toHaveCount(0);
    }
    // The menu is not repeated: the old grid of every section is gone.
    await expect(page.locator("main a[href='/account']")).toHaveCount(0);

    await expect(page.getByText(t("home.privacyReminder"))).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Every link of every item opens a page, not the 403 page (whose template is in every
    // page's payload, so the visible heading is what tells them apart).
    const hrefs = [...new Set(await items.getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? "")))];
    expect(hrefs.length).toBeGreaterThanOrEqual(SECTIONS[role].length);
    for (const href of hrefs) {
      const answer = await page.goto(href);
      expect(answer?.status(), href).toBe(200);
      await expect(page.getByRole("heading", { level: 1 }), href).not.toHaveText(t("errors.forbiddenTitle"));
    }
  });
}

test("a section's link opens its page in one click", async ({ page, signInAs }) => {
  await signInAs("STAFF");
  await page.getByTestId("home-low-stock").getByRole("link", { name: t("home.lowStock.link") }).click();
  await expect(page).toHaveURL(/\/stock\?low=1$/);
  await expect(page.getByRole("heading", { level: 1, name: t("stock.title") })).toBeVisible();
});
