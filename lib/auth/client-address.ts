import "server-only";
// The address a sign-in comes from, as the per-client limit counts it (lib/auth/sign-in-throttle.ts).
// Pure, so that the unit tests read it without a server.
import { isIP } from "node:net";

/**
 * Set on every request by scripts/start/peer-address.mjs from the TCP socket, replacing any copy
 * the client sent: `next start` gives a route handler no socket, and its own X-Forwarded-For is
 * the client's when the client sent one (so it can be forged).
 */
export const PEER_ADDRESS_HEADER = "x-halte-peer-address";

type HeaderBag = Record<string, string | string[] | undefined>;

/**
 * TRUST_PROXY=1: the right-most X-Forwarded-For entry, the one the reverse proxy in front of us
 * appended (entries to its left are whatever the client claimed). Otherwise the socket's address.
 * Null when neither is known (no preload): then only the per-username limit applies.
 */
export function clientAddressOf(headers: HeaderBag, trustProxy: boolean): string | null {
  const raw = trustProxy ? rightMost(one(headers["x-forwarded-for"])) : one(headers[PEER_ADDRESS_HEADER]);
  return raw ? groupedAddress(raw) : null;
}

/**
 * IPv4 as is; IPv6 by its /64, since one household or phone is given a whole /64 and could
 * otherwise take a fresh address for every attempt. IPv4-mapped IPv6 (::ffff:1.2.3.4) is IPv4.
 */
export function groupedAddress(raw: string): string | null {
  let address = raw.trim().replace(/^\[|\](:\d+)?$/g, "").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) address = mapped[1];
  const withPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(address);
  if (withPort?.[1]) address = withPort[1];
  const family = isIP(address);
  if (family === 4) return address;
  if (family !== 6) return null;
  return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = "", tail] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail (::1.2.3.4) only ever sits in the low 64 bits: it does not matter here.
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(Math.max(missing, 0)).fill("0"), ...right].map((part) => part.replace(/^0+(?=.)/, ""));
}

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.at(-1) : value;
}

function rightMost(list: string | undefined): string | undefined {
  return list?.split(",").map((entry) => entry.trim()).filter(Boolean).at(-1);
}
