import "server-only";
import { isSameOrigin } from "@/lib/security/origin";

// An export writes an "exported" audit row in the name of whoever is signed in, so it must be
// something that person asked for on one of our pages, never a link or an <img> on another site
// that their browser follows with their cookie (SameSite=Lax still sends it on a top-level GET).
//
// The rule, strict on purpose:
// - a browser that sends Sec-Fetch-Site (every current one does, on every request) must say
//   "same-origin". "same-site" (another port or subdomain), "cross-site" and "none" (a typed
//   address, a bookmark, a link pasted into the address bar: the last one can be talked into)
//   are refused; the page's own button always works;
// - a POST must also carry our Origin (browsers always send it on a POST);
// - without Sec-Fetch-Site (an old browser, a script), only a POST with our Origin passes:
//   the export links need Sec-Fetch-Site (a form POST is no way out: with Referrer-Policy
//   no-referrer a navigation POST carries "Origin: null").
export type ExportRequestVerdict = "same-origin" | "cross-site";

export function exportRequestVerdict(request: { method: string; headers: Headers }): ExportRequestVerdict {
  const site = request.headers.get("sec-fetch-site");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const post = request.method.toUpperCase() === "POST";
  if (post && !isSameOrigin(request.headers.get("origin"), host)) return "cross-site";
  if (site !== null) return site === "same-origin" ? "same-origin" : "cross-site";
  return post ? "same-origin" : "cross-site";
}
