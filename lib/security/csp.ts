import "server-only";
// A strict CSP: scripts only with this response's nonce, nothing from another host, no
// plugins, no <base>, no framing. 'unsafe-eval' exists only under `next dev` (React's dev tools).
// upgrade-insecure-requests only behind https: on a plain-http LAN address it would break every asset.
// `wasm`: WebAssembly may compile ('wasm-unsafe-eval', no JavaScript eval) on tonight's page only,
// for the camera's card decoder (ZXing), whose module is served by us like every other file.
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean; wasm?: boolean }): string {
  const { dev, https, wasm = false } = options;
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}${wasm ? " 'wasm-unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The field service worker (/serwist/sw.js) and the web app manifest: ours only. Without
    // worker-src the worker would fall under script-src, where 'strict-dynamic' ignores 'self'.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    https ? "upgrade-insecure-requests" : "",
  ]
    .filter(Boolean)
    .join("; ");
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
