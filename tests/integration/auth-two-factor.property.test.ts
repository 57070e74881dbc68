// Whatever is posted to the code and enrolment steps (any JSON, any form fields, with a live
// pending sign-in or a made-up one), the answer is a 4xx or a redirect, never a 5xx, and no
// session is ever created.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { currentTotpStep, totpCodeAt } from "../../lib/auth/two-factor/totp";
import { clientAddressHeader } from "../../lib/security/client-address";
import { baseURL, createUser, nextIp, sessionCookie, signInPassword } from "../support/auth";
import { useTestDatabase } from "../support/test-database";

// A lock period of 0 s: the hundreds of wrong codes below must not lock the account for long.
const { db, auth } = useTestDatabase({ lockout: { maxFailures: 5, lockSeconds: 0 } });
let user: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  user = await createUser(db);
});

const cookieChoice = fc.oneof(
  fc.constant("live"),
  fc.constant(""),
  fc.string({ maxLength: 60 }).map((s) => `__Host-atlas.pending_sign_in=${encodeURIComponent(s)}`),
);
const codeValue = fc.oneof(
  fc.stringMatching(/^\d{6}$/),
  fc.stringMatching(/^[A-Z2-7]{5}(-[A-Z2-7]{5}){3}$/),
  fc.string({ maxLength: 2000 }),
  fc.anything(),
);

describe("the code endpoints under arbitrary input", () => {
  it("answer 4xx or a redirect, never 5xx, and never start a session", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("/sign-in/code", "/sign-in/enrol"),
        fc.boolean(),
        cookieChoice,
        codeValue,
        fc.anything(),
        async (path, asForm, cookieKind, code, extra) => {
          // A random 6 digits that happens to be a valid code is not the point of this property.
          const valid = [-1, 0, 1].map((d) => totpCodeAt(user.totpSecret, currentTotpStep() + d));
          if (typeof code === "string" && valid.includes(code.trim())) return;
          let cookie = cookieKind;
          if (cookieKind === "live") cookie = sessionCookie(await signInPassword(auth, user.email, user.password));
          const body = asForm
            ? new URLSearchParams({ code: typeof code === "string" ? code : fc.stringify(code), extra: fc.stringify(extra) })
            : JSON.stringify(typeof extra === "object" && extra !== null && !Array.isArray(extra) ? { ...extra, code } : { code, extra });
          const response = await auth.handler(
            new Request(`${baseURL}/api/auth${path}`, {
              method: "POST",
              headers: {
                "content-type": asForm ? "application/x-www-form-urlencoded" : "application/json",
                origin: baseURL,
                [clientAddressHeader]: nextIp(),
                cookie,
              },
              body,
            }),
          );
          expect(response.status).toBeGreaterThanOrEqual(300);
          expect(response.status).toBeLessThan(500);
          expect(response.headers.getSetCookie().filter((c) => /^__Host-atlas\.session_token=[^;]/.test(c))).toEqual([]);
          expect(await db.session.count()).toBe(0);
        },
      ),
      { numRuns: 120 },
    );
  });
});
