// The sign-in limit keys on the client's address as lib/security/client-address.ts derives it
// (the socket's, or per ATLAS_TRUSTED_PROXIES), never on a header a client chooses; and a path
// outside the allowlist answers 404 before Better Auth's limiter writes anything.
import { describe, expect, it } from "vitest";
import { handleAuthRequestWith } from "../../lib/auth/handle-request";
import { clientAddressHeader, peerAddressHeader, type TrustedProxies } from "../../lib/security/client-address";
import { authRequest, baseURL, sameOriginHeaders } from "../support/auth";
import { tableChecksums } from "../support/table-checksums";
import { useTestDatabase } from "../support/test-database";

const { db, auth } = useTestDatabase();

const wrongPassword = { email: "nobody@example.org", password: "wrong password here" };
const signInPost = (headers: Record<string, string>) =>
  authRequest("/sign-in/password", wrongPassword, { ...sameOriginHeaders, ...headers });

async function statuses(count: number, headers: (i: number) => Record<string, string>, trusted?: TrustedProxies): Promise<number[]> {
  const result = [];
  for (let i = 0; i < count; i += 1) result.push((await handleAuthRequestWith(auth, signInPost(headers(i)), undefined, trusted)).status);
  return result;
}

describe("the sign-in limit's client address", () => {
  it("without trusted proxies, is the socket's: a new X-Forwarded-For (or our own header) per request does not reset it", async () => {
    const spoofed = (i: number) => ({
      [peerAddressHeader]: "192.0.2.10",
      "x-forwarded-for": `203.0.113.${i}`,
      [clientAddressHeader]: `198.51.100.${i}`,
    });
    const answers = await statuses(12, spoofed);
    expect(answers.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(answers.slice(10)).toEqual([429, 429]);
    expect(await db.rateLimit.findFirst({ where: { key: "192.0.2.10|/sign-in/password" } })).toMatchObject({ count: 10 });
  });

  it("with one trusted proxy, is the hop that proxy appended, whatever the client put before it", async () => {
    const viaProxy = (i: number) => ({ [peerAddressHeader]: "10.9.9.9", "x-forwarded-for": `203.0.113.${i}, 192.0.2.20` });
    const answers = await statuses(11, viaProxy, { hops: 1 });
    expect(answers.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(answers[10]).toBe(429);
    expect(await db.rateLimit.findFirst({ where: { key: "192.0.2.20|/sign-in/password" } })).toMatchObject({ count: 10 });
    // Two clients behind the same proxy are counted apart.
    expect(await statuses(1, () => ({ [peerAddressHeader]: "10.9.9.9", "x-forwarded-for": "192.0.2.21" }), { hops: 1 })).toEqual([401]);
  });
});

describe("/api/auth paths outside the allowlist", () => {
  it("answer 404 and write nothing, not even a rate-limit row", async () => {
    const before = await tableChecksums(db);
    for (const path of ["/sign-up/email", "/sign-in/email", "/anything", "/sign-in/password/", "//sign-in/password", "/update-user"]) {
      const body = { email: "new@example.org", password: "a long enough password", name: "New" };
      const post = authRequest(path, body, { ...sameOriginHeaders, [peerAddressHeader]: "192.0.2.30" });
      const response = await handleAuthRequestWith(auth, post, undefined);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("cache-control"), path).toBe("no-store");
      const get = await handleAuthRequestWith(
        auth,
        new Request(`${baseURL}/api/auth${path}`, { headers: { [peerAddressHeader]: "192.0.2.30" } }),
        undefined,
      );
      expect(get.status, path).toBe(404);
    }
    expect(await tableChecksums(db)).toEqual(before);
  });
});
