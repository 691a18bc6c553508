// The rule every export route applies (lib/security/export-request.ts), with the headers a
// browser sends for each way a download can be asked for.
import { describe, expect, it } from "vitest";
import { exportRequestVerdict } from "@/lib/security/export-request";

const HOST = "localhost:3000";
const request = (method: string, headers: Record<string, string>) => ({ method, headers: new Headers({ host: HOST, ...headers }) });

describe("exportRequestVerdict", () => {
  it("lets through the page's own button: a POST with our Origin, with or without Sec-Fetch-Site", () => {
    expect(exportRequestVerdict(request("POST", { origin: `http://${HOST}`, "sec-fetch-site": "same-origin" }))).toBe("same-origin");
    expect(exportRequestVerdict(request("POST", { origin: `http://${HOST}` }))).toBe("same-origin");
  });

  it("lets through a same-origin GET (a link on one of our pages)", () => {
    expect(exportRequestVerdict(request("GET", { "sec-fetch-site": "same-origin" }))).toBe("same-origin");
  });

  it("refuses a link or image on another site, another port, or a typed or bookmarked address", () => {
    for (const site of ["cross-site", "same-site", "none"]) {
      expect(exportRequestVerdict(request("GET", { "sec-fetch-site": site })), site).toBe("cross-site");
    }
  });

  it("refuses a GET without Sec-Fetch-Site (an old browser or a script): only a POST with our Origin passes then", () => {
    expect(exportRequestVerdict(request("GET", {}))).toBe("cross-site");
  });

  it("refuses a POST from another origin, an opaque one, or none, whatever Sec-Fetch-Site says", () => {
    for (const origin of ["https://evil.example", "null", "http://localhost:3001"]) {
      expect(exportRequestVerdict(request("POST", { origin, "sec-fetch-site": "same-origin" })), origin).toBe("cross-site");
    }
    expect(exportRequestVerdict(request("POST", {}))).toBe("cross-site");
    expect(exportRequestVerdict(request("POST", { origin: `http://${HOST}`, "sec-fetch-site": "cross-site" }))).toBe("cross-site");
  });
});
