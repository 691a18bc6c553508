// One staff sign-in as a browser does it, through next-auth's standard endpoints: fetch a
// CSRF token, post the credentials, then open the home page with the session cookie.
// Only the right password is ever sent: five failures would lock the account for 15 minutes.

type Jar = Map<string, string>;

function remember(jar: Jar, response: Response): void {
  for (const cookie of response.headers.getSetCookie()) {
    const pair = cookie.split(";", 1)[0] ?? "";
    const equals = pair.indexOf("=");
    if (equals > 0) jar.set(pair.slice(0, equals).trim(), pair.slice(equals + 1).trim());
  }
}

function cookieHeader(jar: Jar): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

export class SignInFailed extends Error {}

/** Throws SignInFailed unless the home page answers 200 with the new session. */
export async function signInRoundTrip(baseUrl: string, username: string, password: string): Promise<void> {
  const jar: Jar = new Map();
  const timeout = () => AbortSignal.timeout(15_000);

  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { redirect: "manual", signal: timeout() });
  remember(jar, csrf);
  if (csrf.status !== 200) throw new SignInFailed(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
  if (!csrfToken) throw new SignInFailed("GET /api/auth/csrf gave no csrfToken");

  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    signal: timeout(),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, username, password, json: "true", callbackUrl: `${baseUrl}/` }),
  });
  remember(jar, callback);
  const answer = await callback.text();
  if (callback.status !== 200 || answer.includes("error=")) {
    throw new SignInFailed(`POST /api/auth/callback/credentials answered ${callback.status}: ${answer.slice(0, 200)}`);
  }

  const home = await fetch(`${baseUrl}/`, { redirect: "manual", signal: timeout(), headers: { Cookie: cookieHeader(jar) } });
  await home.body?.cancel();
  if (home.status !== 200) {
    throw new SignInFailed(`GET / with the new session answered ${home.status} (${home.headers.get("location") ?? ""})`);
  }
}
