import "server-only";
// The session cookie carries only a signed, encrypted reference to a StaffSession row.
// `__Secure-` and the Secure flag apply whenever the public address is https.
export function usesSecureCookies(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

export function sessionCookieName(): string {
  return usesSecureCookies() ? "__Secure-halte.session" : "halte.session";
}

/** Any value of this cookie only means "try the session"; the proxy never trusts it further. */
export const SESSION_COOKIE_NAMES = ["halte.session", "__Secure-halte.session"] as const;
