import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies, peerAddressHeader } from "../../../lib/security/client-address";

const headers = (peer: string | null, forwarded?: string) => {
  const h = new Headers();
  if (peer !== null) h.set(peerAddressHeader, peer);
  if (forwarded !== undefined) h.set("x-forwarded-for", forwarded);
  return h;
};

describe("parseTrustedProxies", () => {
  it("reads nothing as no proxy, a number as hops, and a list of addresses", () => {
    expect(parseTrustedProxies(undefined)).toEqual({ hops: 0 });
    expect(parseTrustedProxies(" ")).toEqual({ hops: 0 });
    expect(parseTrustedProxies("2")).toEqual({ hops: 2 });
    expect(parseTrustedProxies("10.0.0.5, ::FFFF:10.0.0.6,2001:db8::1")).toEqual({ addresses: ["10.0.0.5", "10.0.0.6", "2001:db8::1"] });
  });

  it("refuses what is neither, with a message naming it", () => {
    expect(() => parseTrustedProxies("11")).toThrow(/0 to 10/);
    expect(() => parseTrustedProxies("10.0.0.0/8")).toThrow(/"10.0.0.0\/8" is neither/);
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/neither a hop count nor an IP address/);
    expect(() => parseTrustedProxies("10.0.0.5,")).toThrow(/neither/);
  });
});

describe("clientAddress", () => {
  it("without trusted proxies, is the socket's address, whatever X-Forwarded-For says", () => {
    expect(clientAddress(headers("192.0.2.1", "203.0.113.9"), { hops: 0 })).toBe("192.0.2.1");
    expect(clientAddress(headers("::ffff:192.0.2.1"), { hops: 0 })).toBe("192.0.2.1");
    expect(clientAddress(headers("192.0.2.1"), { addresses: [] })).toBe("192.0.2.1");
  });

  it("without a socket address (not started by scripts/start.ts), is one shared 'unknown'", () => {
    expect(clientAddress(headers(null, "203.0.113.9"), { hops: 1 })).toBe("unknown");
  });

  it("with N hops, skips the N nearest: the peer and the entries our proxies appended", () => {
    expect(clientAddress(headers("10.0.0.1", "198.51.100.7, 192.0.2.5"), { hops: 1 })).toBe("192.0.2.5");
    expect(clientAddress(headers("10.0.0.1", "198.51.100.7, 192.0.2.5, 10.0.0.2"), { hops: 2 })).toBe("192.0.2.5");
    // Fewer hops than configured (a request that bypassed a proxy): the furthest address.
    expect(clientAddress(headers("10.0.0.1"), { hops: 2 })).toBe("10.0.0.1");
  });

  it("with addresses, is the right-most hop not among them", () => {
    const trusted = { addresses: ["10.0.0.1", "10.0.0.2"] };
    expect(clientAddress(headers("10.0.0.1", "198.51.100.7, 192.0.2.5, 10.0.0.2"), trusted)).toBe("192.0.2.5");
    // A peer that is not a proxy of ours is the client, whatever it forwards.
    expect(clientAddress(headers("192.0.2.9", "198.51.100.7"), trusted)).toBe("192.0.2.9");
    expect(clientAddress(headers("10.0.0.1", "10.0.0.2"), trusted)).toBe("10.0.0.2");
  });
});
