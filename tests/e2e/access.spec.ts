// Need to know: a role that may not manage accounts is refused the pages and the server actions,
// whether it clicks, types the address or posts to the action directly.
import { accountRow, DEMO, expect, expectNoSeriousA11yViolations, postServerAction, serverActionId, signIn, t, test } from "./support/fixtures.ts";

const USERS_ACTIONS = "app/(staff)/users/actions.ts";

/** The JSON text of a message, as it appears in a server action's RSC answer. */
const inPayload = (text: string) => JSON.stringify(text).slice(1, -1);

test("a PEER opening the coordinator's pages gets the 403 page and no account data", async ({ page, signInAs, newContext }) => {
  // A real account id, as a coordinator sees it.
  const coordinator = await (await newContext()).newPage();
  await signIn(coordinator, DEMO.COORDINATOR);
  await coordinator.goto("/users");
  const detailHref = await accountRow(coordinator, DEMO.STAFF.username)
    .getByRole("link")
    .getAttribute("href");
  expect(detailHref).toMatch(/^\/users\/[0-9a-f-]{36}$/);

  await signInAs("PEER");
  for (const path of ["/users", detailHref as string]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: t("errors.forbiddenTitle") })).toBeVisible();
    await expect(page.getByText(t("errors.forbidden"))).toBeVisible();
    // Neither the HTML nor the React payload carries the account list.
    const html = (await response?.text()) ?? "";
    // (Display names and the disabled account's username: plain usernames such as "accueil" are
    // also ordinary French words of the interface.)
    for (const other of [DEMO.COORDINATOR.displayName, DEMO.STAFF.displayName, DEMO.HEALTH.displayName, "ancien-pair"]) {
      expect(html, path).not.toContain(other);
    }
  }
  await expectNoSeriousA11yViolations(page);

  // The PEER's own pages still work after the refusal.
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: t("account.title") })).toBeVisible();
});

test("a server action posted directly by a PEER, or with no session, is refused and creates nothing", async ({
  page,
  signInAs,
  request,
  baseURL,
  newContext,
}) => {
  const createUser = serverActionId(USERS_ACTIONS, "createUser");
  const username = `e2e-forged-${Date.now().toString(36)}`;
  const args = [{ username, displayName: "Forged", role: "COORDINATOR", password: "forged-passphrase-1" }];

  await signInAs("PEER");
  const asPeer = await postServerAction(page.request, { path: "/users", actionId: createUser, args, origin: baseURL as string });
  const peerAnswer = await asPeer.text();
  expect(asPeer.status(), peerAnswer.slice(0, 300)).toBeLessThan(500);
  expect(peerAnswer).toContain('"ok":false');
  expect(peerAnswer).toContain(inPayload(t("errors.forbidden")));

  // A form posted without any session (same origin, no cookie).
  const signedOut = await postServerAction(request, { path: "/users", actionId: createUser, args, origin: baseURL as string });
  const signedOutAnswer = await signedOut.text();
  expect(signedOut.status(), signedOutAnswer.slice(0, 300)).toBeLessThan(500);
  expect(signedOutAnswer).toContain('"ok":false');
  expect(signedOutAnswer).toContain(inPayload(t("errors.signedOut")));

  // Nothing was created: the account list does not know the name, and it cannot sign in.
  const coordinator = await (await newContext()).newPage();
  await signIn(coordinator, DEMO.COORDINATOR);
  await coordinator.goto("/users");
  await expect(accountRow(coordinator, DEMO.COORDINATOR.username)).toHaveCount(1);
  await expect(coordinator.getByText(username)).toHaveCount(0);
});

test("the same direct server action from a coordinator succeeds (the refusals above are about the role)", async ({
  page,
  signInAs,
  baseURL,
}) => {
  const createUser = serverActionId(USERS_ACTIONS, "createUser");
  const username = `e2e-direct-${Date.now().toString(36)}`;
  await signInAs("COORDINATOR");
  const response = await postServerAction(page.request, {
    path: "/users",
    actionId: createUser,
    args: [{ username, displayName: "Direct", role: "PEER", password: "direct-passphrase-1" }],
    origin: baseURL as string,
  });
  expect(await response.text()).toContain('"ok":true');
  await page.goto("/users");
  await expect(accountRow(page, username)).toHaveCount(1);
});
