import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";
import { isSameOrigin } from "@/lib/security/origin";

describe("content security policy", () => {
  it("allows scripts only with this response's nonce and forbids plugins, <base> and framing", () => {
    const csp = contentSecurityPolicy("abc123", { dev: false, https: true });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("upgrade-insecure-requests");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/https?:\/\//); // no other host is ever allowed
  });

  it("adds unsafe-eval only for next dev, and no upgrade on plain http", () => {
    expect(contentSecurityPolicy("n", { dev: true, https: false })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("n", { dev: false, https: false })).not.toContain("upgrade-insecure-requests");
  });

  it("lets WebAssembly compile only where asked (tonight's card decoder), never JavaScript eval", () => {
    expect(contentSecurityPolicy("n", { dev: false, https: false })).not.toContain("wasm-unsafe-eval");
    const tonight = contentSecurityPolicy("n", { dev: false, https: false, wasm: true });
    expect(tonight).toContain("script-src 'self' 'nonce-n' 'strict-dynamic' 'wasm-unsafe-eval'");
    expect(tonight).not.toContain("'unsafe-eval'");
  });

    it("makes a new unpredictable nonce for each response", () => {
    const nonces = new Set(Array.from({ length: 200 }, newNonce));
    expect(nonces.size).toBe(200);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("same-origin check for posts", () => {
  it("accepts our own origin only", () => {
    expect(isSameOrigin("http://localhost:3000", "localhost:3000")).toBe(true);
    expect(isSameOrigin("https://halte.example.org", "halte.example.org")).toBe(true);
  });

  it("refuses another site, an opaque origin, a missing one and garbage", () => {
    expect(isSameOrigin("https://evil.example", "localhost:3000")).toBe(false);
    expect(isSameOrigin("http://localhost:3001", "localhost:3000")).toBe(false);
    expect(isSameOrigin("null", "localhost:3000")).toBe(false);
    expect(isSameOrigin(null, "localhost:3000")).toBe(false);
    expect(isSameOrigin("javascript:alert(1)", "localhost:3000")).toBe(false);
    expect(isSameOrigin("http://localhost:3000", null)).toBe(false);
  });
});
