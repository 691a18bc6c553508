// The route a request was for, as the app names it: "/participants/[id]", never the path with
// its ids, and never the query string (a search carries part of an alias there). Taken from the
// build's own list of routes (.next/app-path-routes-manifest.json); a path that matches none is
// "(unmatched)", so a code typed into the address bar does not reach the log either.
// Plain JavaScript without server-only: the server wrapper outside Next's bundle uses it.

/**
 * @typedef {{ pattern: string, regex: RegExp, dynamic: number, catchAll: boolean }} RouteMatcher
 */

const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The matchers of a manifest's routes, most specific first: a static route before a dynamic
 * one, fewer dynamic segments before more, catch-alls last.
 * @param {Record<string, string>} manifest
 * @returns {RouteMatcher[]}
 */
export function routeMatchers(manifest) {
  const patterns = [...new Set(Object.values(manifest))].filter((pattern) => typeof pattern === "string" && pattern.startsWith("/"));
  const matchers = patterns.map((pattern) => {
    let dynamic = 0;
    let catchAll = false;
    const source = pattern
      .split("/")
      .map((segment) => {
        if (/^\[\[\.\.\..+\]\]$/.test(segment)) {
          catchAll = true;
          return "(?:/.+)?";
        }
        if (/^\[\.\.\..+\]$/.test(segment)) {
          catchAll = true;
          return "/.+";
        }
        if (/^\[.+\]$/.test(segment)) {
          dynamic++;
          return "/[^/]+";
        }
        return segment === "" ? "" : `/${escape(segment)}`;
      })
      .join("");
    return { pattern, regex: new RegExp(`^${source || "/"}/?$`), dynamic, catchAll };
  });
  return matchers.sort((a, b) => Number(a.catchAll) - Number(b.catchAll) || a.dynamic - b.dynamic || b.pattern.length - a.pattern.length);
}

/**
 * @param {string | undefined} url the request's target, with or without a query string
 * @param {RouteMatcher[]} matchers
 * @param {ReadonlySet<string>} staticFiles paths of public/ served as they are ("/robots.txt")
 */
export function routeName(url, matchers, staticFiles) {
  const pathname = (url ?? "/").split("?")[0]?.split("#")[0] || "/";
  if (pathname.startsWith("/_next/static/")) return "/_next/static/*";
  if (pathname === "/_next/image") return pathname;
  if (staticFiles.has(pathname)) return pathname;
  for (const matcher of matchers) if (matcher.regex.test(pathname)) return matcher.pattern;
  return "(unmatched)";
}
