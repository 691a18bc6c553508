import { describe, expect, it } from "vitest";
import { clientAddressOf, groupedAddress, PEER_ADDRESS_HEADER } from "@/lib/auth/client-address";

describe("the address the per-client sign-in limit counts", () => {
  it("takes the socket's address, never a forwarded one the client wrote, unless TRUST_PROXY=1", () => {
    const headers = { [PEER_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "10.0.0.1" };
    expect(clientAddressOf(headers, false)).toBe("203.0.113.9");
    // Behind a proxy: the entry the proxy appended (the right-most), not what the client claimed before it.
    expect(clientAddressOf({ ...headers, "x-forwarded-for": "1.2.3.4, 198.51.100.20" }, true)).toBe("198.51.100.20");
    expect(clientAddressOf({ "x-forwarded-for": "1.2.3.4" }, false)).toBeNull();
    expect(clientAddressOf({}, true)).toBeNull();
  });

  it("groups IPv6 by its /64, so a device cannot take a new address per attempt", () => {
    expect(groupedAddress("2001:db8:abcd:12:1:2:3:4")).toBe("2001:db8:abcd:12::/64");
    expect(groupedAddress("2001:db8:abcd:12::ffff")).toBe("2001:db8:abcd:12::/64");
    expect(groupedAddress("2001:0db8:0000:0012:aaaa::1")).toBe("2001:db8:0:12::/64");
    expect(groupedAddress("[2001:db8::1]:443")).toBe("2001:db8:0:0::/64");
    expect(groupedAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });

  it("reads IPv4, IPv4-mapped IPv6 and an address with a port as the same IPv4", () => {
    expect(groupedAddress("127.0.0.1")).toBe("127.0.0.1");
    expect(groupedAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(groupedAddress("192.0.2.4:51234")).toBe("192.0.2.4");
  });

  it("refuses what is not an address", () => {
    expect(groupedAddress("unknown")).toBeNull();
    expect(groupedAddress("")).toBeNull();
    expect(groupedAddress("<script>")).toBeNull();
  });
});
