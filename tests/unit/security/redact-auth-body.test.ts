import { describe, expect, it } from "vitest";
import { redactAuthResponse, withoutSecrets } from "../../../lib/security/redact-auth-body";

describe("auth answers without secrets", () => {
  it("drops token-like keys at any depth and keeps the rest", () => {
    const session = {
      session: { id: "s1", token: "TOKEN", userId: "u1" },
      user: { email: "a@example.org" },
      list: [{ token: "T2", id: "x" }],
    };
    expect(withoutSecrets(session)).toEqual({ session: { id: "s1", userId: "u1" }, user: { email: "a@example.org" }, list: [{ id: "x" }] });
  });

  it("rewrites JSON bodies only, keeping status and headers", async () => {
    const json = await redactAuthResponse(
      Response.json({ token: "TOKEN", redirect: false }, { status: 201, headers: { "set-cookie": "a=b" } }),
    );
    expect(json.status).toBe(201);
    expect(json.headers.get("set-cookie")).toBe("a=b");
    expect(await json.json()).toEqual({ redirect: false });
    const html = await redactAuthResponse(new Response("<p>token</p>", { headers: { "content-type": "text/html" } }));
    expect(await html.text()).toBe("<p>token</p>");
  });
});
