// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// Client-safe: where the camera's fallback decoder finds its WebAssembly. Halte serves the file
// itself (public/vendor, copied from the zxing-wasm package barcode-detector pins): the package's
// default is a CDN, and no page may send a request to another host. A unit test checks the copy
// is byte for byte the version the installed package expects.
export const ZXING_READER_WASM_URL = "/vendor/zxing_reader-3.1.3.wasm";

/** What a desk card carries: the QR code and the Code 128 barcode. */
export const CARD_FORMATS = ["qr_code", "code_128"] as const;
