// `npm run audit`'s decision (scripts/audit/advisories.ts) on reports shaped like npm 10/11's
// `npm audit --json`: high and critical advisories block unless a dated exception covers them.
import { describe, expect, it } from "vitest";
import { advisoriesOf, decide, passes } from "../../scripts/audit/advisories.ts";

const report = {
  auditReportVersion: 2,
  vulnerabilities: {
    "next-auth": {
      name: "next-auth",
      severity: "high",
      via: [
        { source: 1101, name: "next-auth", title: "Open redirect", url: "https://github.com/advisories/GHSA-aaaa-bbbb-cccc", severity: "high", range: "<4.24.16" },
        "jose",
      ],
    },
    jose: {
      name: "jose",
      severity: "critical",
      via: [{ source: 1102, name: "jose", title: "Signature bypass", url: "https://github.com/advisories/GHSA-dddd-eeee-ffff", severity: "critical", range: "<4.15.5" }],
    },
    cookie: {
      name: "cookie",
      severity: "moderate",
      via: [{ source: 1103, name: "cookie", title: "Out of bounds characters", url: "https://github.com/advisories/GHSA-gggg-hhhh-iiii", severity: "moderate", range: "<0.7.0" }],
    },
  },
  metadata: {},
};
const today = new Date("2026-11-26T12:00:00Z");
const exception = (advisory: string, expires = "2026-12-31", extra: object = {}) => ({ advisory, reason: "Only reachable through a path Halte never calls.", expires, ...extra });

describe("dependency advisories", () => {
  it("blocks every high and critical advisory when nothing is excepted, not the moderate one", () => {
    const decision = decide(advisoriesOf(report), { exceptions: [] }, today);
    expect(decision.blocking.map((a) => a.package).sort()).toEqual(["jose", "next-auth"]);
    expect(passes(decision)).toBe(false);
  });

  it("passes when each is excepted by URL, GHSA id or npm number, until the expiry date included", () => {
    const exceptions = { exceptions: [exception("https://github.com/advisories/GHSA-aaaa-bbbb-cccc"), exception("GHSA-dddd-eeee-ffff", "2026-11-26")] };
    const decision = decide(advisoriesOf(report), exceptions, today);
    expect(decision.blocking).toEqual([]);
    expect(decision.excepted).toHaveLength(2);
    expect(passes(decision)).toBe(true);
    expect(passes(decide(advisoriesOf(report), { exceptions: [exception("1101"), exception("1102")] }, today))).toBe(true);
  });

  it("blocks again the day after an exception expires, and names it", () => {
    const exceptions = { exceptions: [exception("GHSA-aaaa-bbbb-cccc"), exception("GHSA-dddd-eeee-ffff", "2026-11-25")] };
    const decision = decide(advisoriesOf(report), exceptions, today);
    expect(decision.blocking.map((a) => a.package)).toEqual(["jose"]);
    expect(decision.expired.map((e) => e.advisory)).toEqual(["GHSA-dddd-eeee-ffff"]);
    expect(passes(decision)).toBe(false);
  });

  it("does not let an exception for one package excuse the same advisory in another", () => {
    const decision = decide(advisoriesOf(report), { exceptions: [exception("GHSA-dddd-eeee-ffff", "2026-12-31", { package: "other" })] }, today);
    expect(decision.blocking.map((a) => a.package)).toContain("jose");
  });

  it("fails on a malformed exceptions file: no reason, no date, wrong shape", () => {
    for (const raw of [{}, { exceptions: [{ advisory: "GHSA-aaaa-bbbb-cccc", expires: "2026-12-31" }] }, { exceptions: [{ advisory: "1101", reason: "does not apply here at all", expires: "soon" }] }]) {
      const decision = decide([], raw, today);
      expect(decision.problems.length).toBeGreaterThan(0);
      expect(passes(decision)).toBe(false);
    }
  });

  it("reports exceptions that no longer match anything", () => {
    const decision = decide([], { exceptions: [exception("GHSA-zzzz-zzzz-zzzz")] }, today);
    expect(decision.unused).toHaveLength(1);
    expect(passes(decision)).toBe(true);
  });

  it("refuses to pass when npm audit gave no report (registry error)", () => {
    expect(() => advisoriesOf({ message: "405 Method Not Allowed", statusCode: 405 })).toThrow("could not be checked");
    expect(() => advisoriesOf(null)).toThrow("could not be checked");
  });

  it("passes a clean report", () => {
    expect(passes(decide(advisoriesOf({ auditReportVersion: 2, vulnerabilities: {} }), { exceptions: [] }, today))).toBe(true);
  });
});
