// No secret in any response or log line, end to end. Canaries: a new admin's password, its
// set-password link token, the session token of its cookie, the auth secret the server signs
// cookies with (found among the e2e data directories by checking it against the cookie's
// signature), and any argon2 hash at all (`$argon2`; the exact hash is a canary at the
// integration level, tests/integration/secret-canary-audit.test.ts). Signed in as that admin, the
// spec crawls every public page, embed and API route, every admin page reachable from the
// editors' area (HTML and RSC payloads) and the auth endpoints, then reads the server's log.
import { createHmac } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext, type BrowserContext } from "@playwright/test";
import { e2eAdmin, enrolOnPage, inviteUser, setPasswordWithLink, signInAs, submitPassword, totpSecretOf } from "./support/accounts";
import { serverLogPath } from "./support/server-log";

/** The auth secret of the server under test: the one e2e data directory whose secret signed this cookie. */
function serverAuthSecret(token: string, signature: string): string | null {
  const candidates = readdirSync(tmpdir())
    .filter((d) => d.startsWith("atlas-e2e-"))
    .map((d) => path.join(tmpdir(), d, "data", "auth-secret"));
  for (const file of candidates.filter((f) => existsSync(f))) {
    const secret = readFileSync(file, "utf8").trim();
    const mac = createHmac("sha256", secret).update(token).digest();
    if ([mac.toString("base64"), mac.toString("base64url")].includes(signature)) return secret;
  }
  return null;
}

async function sessionCookieOf(context: BrowserContext): Promise<{ token: string; signature: string }> {
  const cookie = (await context.cookies()).find((c) => c.httpOnly && /session_token/.test(c.name));
  if (!cookie) throw new Error("no session cookie");
  const value = decodeURIComponent(cookie.value);
  const dot = value.lastIndexOf(".");
  return { token: value.slice(0, dot), signature: value.slice(dot + 1) };
}

/** Same-origin links in an HTML body, as paths. */
function linksIn(body: string, base: string): string[] {
  return [...body.matchAll(/href="([^"#]+)"/g)]
    .map((m) => new URL(m[1]!.replaceAll("&amp;", "&"), base))
    .filter((u) => u.origin === new URL(base).origin)
    .map((u) => u.pathname + u.search);
}

async function crawl(request: APIRequestContext, baseURL: string): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const programs = (await (await request.get("/api/v1/programs")).json()) as { data?: Array<{ slug: string }> } | Array<{ slug: string }>;
  const slugs = (Array.isArray(programs) ? programs : (programs.data ?? [])).map((p) => p.slug).slice(0, 3);
  const queue = [
    "/",
    "/programs",
    "/compare",
    "/timeline",
    "/partners",
    "/sources",
    "/developers",
    "/embed/compare",
    "/embed/timeline",
    ...slugs.flatMap((slug) => [`/programs/${slug}`, `/embed/program/${slug}`, `/api/v1/programs/${slug}`]),
    "/api/v1/programs",
    "/api/v1/openapi.json",
    "/admin",
    "/admin/users",
    "/admin/activity",
    "/sign-in",
    "/api/auth/get-session",
    "/api/auth/list-sessions",
    "/api/auth/ok",
  ];
  while (queue.length > 0 && seen.size < 120) {
    const next = queue.shift()!;
    if (seen.has(next) || /sign-out|\.(png|svg|csv)(\?|$)|format=(png|svg|csv)/.test(next)) continue;
    const response = await request.get(next, { maxRedirects: 0 });
    const headers = response
      .headersArray()
      .filter((h) => h.name.toLowerCase() !== "set-cookie")
      .map((h) => `${h.name}: ${h.value}`)
      .join("\n");
    const body = await response.text();
    seen.set(next, `${headers}\n\n${body}`);
    if (next.startsWith("/admin")) {
      // The RSC payload of the same page, as client navigation fetches it.
      const flight = await request.get(next, { headers: { rsc: "1" }, maxRedirects: 0 });
      seen.set(`${next} (RSC)`, await flight.text());
    }
    if ((response.headers()["content-type"] ?? "").includes("text/html")) {
      // The editors' pages first (where a secret could leak): the public pages link to many views of
      // themselves (sorts, filters, pages), which must not use up the crawl's budget before them.
      for (const link of linksIn(body, baseURL)) {
        if (seen.has(link)) continue;
        if (link.startsWith("/admin")) queue.unshift(link);
        else if (/^\/(programs|partners|sources|compare|timeline)\b/.test(link)) queue.push(link);
      }
    }
  }
  return seen;
}

test("no password, hash, session token, link token, TOTP secret, recovery code or auth secret in any response or log line", async ({
  browser,
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const email = `canary-${Date.now()}@example.org`;
  const password = `canary passphrase ${crypto.randomUUID()}`;
  await signInAs(page, e2eAdmin);
  const link = await inviteUser(page, { email, name: "Canary Admin", role: "admin" });
  const canaryContext = await browser.newContext();
  const canaryPage = await canaryContext.newPage();
  await setPasswordWithLink(canaryPage, link, password);
  // The first sign-in enrols: the secret and the recovery codes are shown there, to their owner, once.
  await submitPassword(canaryPage, { email, password });
  const recoveryCodes = await enrolOnPage(canaryPage, email);
  await canaryPage.getByRole("link", { name: "I have saved them: continue" }).click();
  await expect(canaryPage).toHaveURL(/\/admin$/);

  const { token, signature } = await sessionCookieOf(canaryContext);
  const authSecret = serverAuthSecret(token, signature);
  expect(authSecret, "the server's auth secret, found by the signature it put on the cookie").not.toBeNull();
  const canaries: Record<string, string> = {
    totpSecret: totpSecretOf(email)!,
    ...Object.fromEntries(recoveryCodes.map((code, i) => [`recoveryCode${i}`, code])),
    password,
    linkToken: link.split("/").pop()!,
    sessionToken: token,
    cookieSignature: signature,
    authSecret: authSecret!,
    argon2Hash: "$argon2",
  };

  const responses = await crawl(canaryPage.request, baseURL!);
  expect(responses.size).toBeGreaterThan(25);
  expect([...responses.keys()].filter((k) => k.startsWith("/admin/")).length, "admin pages were crawled").toBeGreaterThan(5);
  const leaks: string[] = [];
  for (const [where, text] of responses) {
    for (const [name, value] of Object.entries(canaries)) if (text.includes(value)) leaks.push(`${name} in ${where}`);
  }
  const log = readFileSync(serverLogPath(new URL(baseURL!).port), "utf8");
  expect(log.length, "the server log file is written").toBeGreaterThan(0);
  for (const [name, value] of Object.entries(canaries)) if (log.includes(value)) leaks.push(`${name} in the server log`);
  expect(leaks).toEqual([]);
  await canaryContext.close();
});
