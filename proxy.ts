import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";
import { isSameOrigin } from "@/lib/security/origin";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie";

// The proxy sets headers and redirects; it never decides who may see what. Every page, action
// and route handler checks the session and the role itself (lib/auth).
// "/welcome": the first run's page, on a database nobody can sign in to yet (it sends everyone
// to /sign-in once a centre exists). "/api/health": for a service manager or a proxy, which hold
// no session; it answers only "ok"/"degraded" and whether the database is up. "/serwist" (the
// service worker script) and the web app manifest hold nothing personal, and a browser checks
// the worker for updates whether or not anyone is signed in.
const PUBLIC_PATHS = ["/sign-in", "/api/auth", "/welcome", "/api/health", "/serwist", "/manifest.webmanifest", "/icons"];

export function proxy(request: NextRequest) {
  if (request.method === "POST" && !allowedPost(request)) {
    return new NextResponse("Requête refusée : origine non autorisée. / Request refused: origin not allowed.\n", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }

  const { pathname } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
  const hasSessionCookie = SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name));
  if (!isPublic && !hasSessionCookie && request.method === "GET") {
    return NextResponse.redirect(new URL("/sign-in", request.url));
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
    wasm: pathname === "/tonight",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  // Every page may show someone's record: never cache, never store.
  response.headers.set("Cache-Control", "no-store, max-age=0");
  return response;
}

/**
 * next-auth's own POSTs carry a CSRF token and may come from scripts without an Origin
 * (the bench); a server action must come from one of our pages.
 */
function allowedPost(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin !== null) return isSameOrigin(origin, host);
  const isServerAction = request.headers.has("next-action");
  return !isServerAction;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
