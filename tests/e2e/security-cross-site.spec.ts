// A real server action, replayed from outside: the invite form's POST (its Next-Action id, its
// router state, its multipart body) is captured from the browser of a signed-in admin and not
// sent; then the same request goes out with a foreign, `null`, malformed or missing Origin, or
// with Sec-Fetch-Site cross-site/same-site, and the admin's cookies. Nothing is written each time
// (the users page does not list the invitee); the same request from our own origin does invite,
// which proves the replay was a working action.
import { expect, test } from "@playwright/test";
import { e2eAdmin, signInAs } from "./support/accounts";
import { captureInvite, isListed, replayableHeaders } from "./support/security";

const refusalMessage = "This request did not come from Compute Atlas; nothing was changed.";

test("a replayed invite action from another site is refused and writes nothing", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  await signInAs(page, e2eAdmin);
  const email = `cross-site-${Date.now()}@example.org`;
  const action = await captureInvite(page, email);
  expect(action.headers()["next-action"], "a server action request").toMatch(/^[0-9a-f]{40,}$/);
  const body = action.postDataBuffer();
  const actionHeaders = replayableHeaders(action);
  const ours = new URL(baseURL!).origin;

  const cases: Array<[string, Record<string, string>, "next" | "ours"]> = [
    // Refused by Next's own check (it compares Origin with Host) before our code runs: a 5xx with no action run.
    ["a foreign Origin", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }, "next"],
    ["Origin: null", { origin: "null", "sec-fetch-site": "cross-site" }, "next"],
    ["a malformed Origin", { origin: "http://[" }, "next"],
    // Let through by Next, refused by lib/security/same-origin.ts with the form's message.
    ["no Origin", {}, "ours"],
    ["Sec-Fetch-Site: cross-site", { origin: ours, "sec-fetch-site": "cross-site" }, "ours"],
    ["Sec-Fetch-Site: same-site", { origin: ours, "sec-fetch-site": "same-site" }, "ours"],
  ];
  for (const [label, headers, refusedBy] of cases) {
    const response = await page.request.post("/admin/users", { headers: { ...actionHeaders, ...headers }, data: body, maxRedirects: 0 });
    const text = await response.text();
    if (refusedBy === "ours") {
      expect(response.status(), label).toBe(200);
      expect(text, label).toContain(refusalMessage);
    } else {
      expect(response.status(), label).toBeGreaterThanOrEqual(400);
    }
    expect(text, label).not.toContain("/set-password/");
  }
  expect(await isListed(page, email), "no invite was written").toBe(false);

  const allowed = await page.request.post("/admin/users", {
    headers: { ...actionHeaders, origin: ours, "sec-fetch-site": "same-origin" },
    data: body,
    maxRedirects: 0,
  });
  expect(allowed.status()).toBe(200);
  expect(await allowed.text()).toContain("/set-password/");
  expect(await isListed(page, email), "the same request from our origin invites").toBe(true);
});

test("a sign-in form posted from another site is refused", async ({ request }) => {
  const form = { email: e2eAdmin.email, password: e2eAdmin.password };
  const refused: Array<Record<string, string>> = [
    { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    { origin: "null" },
    {},
  ];
  for (const headers of refused) {
    const response = await request.post("/api/auth/sign-in/password", { form, headers, maxRedirects: 0 });
    expect(response.status(), JSON.stringify(headers)).toBe(403);
    expect(response.headers()["set-cookie"], JSON.stringify(headers)).toBeUndefined();
  }
});
