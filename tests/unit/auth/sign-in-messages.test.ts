import { describe, expect, it } from "vitest";
import { signInMessages } from "@/lib/auth/sign-in-messages";
import { signInFailedMessage } from "@/lib/auth/policy";

describe("sign-in page messages from the query string", () => {
  it("shows the known error and notice", () => {
    expect(signInMessages({ error: "signin" })).toEqual({ error: signInFailedMessage, notice: null });
    expect(signInMessages({ signedOut: "1" })).toEqual({ error: null, notice: "You are signed out." });
  });

  it("shows nothing for unknown values, including names inherited from Object.prototype", () => {
    for (const error of ["nope", "constructor", "toString", "__proto__", "hasOwnProperty"]) {
      expect(signInMessages({ error }), error).toEqual({ error: null, notice: null });
    }
    expect(signInMessages({ error: ["signin", "busy"] })).toEqual({ error: null, notice: null });
  });
});
