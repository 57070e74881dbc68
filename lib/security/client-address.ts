// The client's address, for the sign-in limit (Better Auth) and the public API's limit. Any client
// can send X-Forwarded-For, so it counts only as far as ATLAS_TRUSTED_PROXIES says proxies of ours
// wrote it; the starting point is the TCP peer, which our own server puts in `peerAddressHeader`
// (scripts/peer-address-hook.mjs: Next does not give route handlers the socket).
import { isIP } from "node:net";

/** Set by scripts/peer-address-hook.mjs on every request, replacing whatever a client sent. */
export const peerAddressHeader = "x-atlas-peer-address";
/** Set by lib/auth/handle-request.ts for Better Auth (its ipAddressHeaders), replacing whatever a client sent. */
export const clientAddressHeader = "x-atlas-client-address";

/** How many proxies stand in front of the app (hops), or their addresses. */
export type TrustedProxies = { hops: number } | { addresses: string[] };

export const noTrustedProxies: TrustedProxies = { hops: 0 };

/**
 * ATLAS_TRUSTED_PROXIES: unset or "0" → none (the socket's address, X-Forwarded-For ignored); a
 * number N → the N nearest hops are ours; otherwise a comma-separated list of the proxies' IP addresses.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? "";
  if (text === "") return noTrustedProxies;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new Error("a hop count must be 0 to 10");
    return { hops };
  }
  const addresses = text.split(",").map((part) => part.trim());
  const bad = addresses.find((address) => isIP(address) === 0);
  if (bad !== undefined) throw new Error(`"${bad.slice(0, 60)}" is neither a hop count nor an IP address`);
  return { addresses: addresses.map(normalise) };
}

/**
 * The right-most address that is not one of our proxies: the chain is X-Forwarded-For's entries
 * followed by the socket's peer. Without a peer (the app was not started by scripts/start.ts),
 * "unknown": every such request shares one bucket rather than trusting a header.
 */
export function clientAddress(headers: Headers, trusted: TrustedProxies): string {
  const peer = headers.get(peerAddressHeader)?.trim();
  if (!peer) return "unknown";
  const forwarded = hasTrustedProxies(trusted) ? (headers.get("x-forwarded-for") ?? "").split(",").map((part) => part.trim()) : [];
  const chain = [...forwarded.filter((part) => part !== ""), peer].map(normalise);
  if ("hops" in trusted) return chain[Math.max(0, chain.length - 1 - trusted.hops)]!.slice(0, 100);
  const untrusted = chain.findLast((address) => !trusted.addresses.includes(address));
  return (untrusted ?? chain[0]!).slice(0, 100);
}

function hasTrustedProxies(trusted: TrustedProxies): boolean {
  return "hops" in trusted ? trusted.hops > 0 : trusted.addresses.length > 0;
}

// A dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d; one client must be one key.
function normalise(address: string): string {
  const lower = address.toLowerCase();
  return lower.startsWith("::ffff:") && isIP(lower.slice(7)) === 4 ? lower.slice(7) : lower;
}
