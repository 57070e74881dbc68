import { describe, expect, it } from "vitest";
import { finishAuthResponse } from "../../../lib/auth/auth-response";

const request = (type: string) =>
  new Request("http://localhost/api/auth/sign-in/password", { method: "POST", headers: { "content-type": type }, body: "x" });

describe("finishAuthResponse", () => {
  it("sends a rate-limited sign-in form back to the sign-in page with a message", () => {
    const response = finishAuthResponse(request("application/x-www-form-urlencoded"), new Response("{}", { status: 429 }));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/sign-in?error=busy");
  });

  it("keeps the 429 for JSON callers and forbids caching of every answer, keeping its cookies", () => {
    expect(finishAuthResponse(request("application/json"), new Response("{}", { status: 429 })).status).toBe(429);
    const original = new Response("{}", { status: 200, headers: { "cache-control": "public, max-age=60" } });
    original.headers.append("set-cookie", "a=1; Path=/");
    original.headers.append("set-cookie", "b=2; Path=/");
    const response = finishAuthResponse(request("application/json"), original);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
  });
});
