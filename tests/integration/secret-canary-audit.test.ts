// No secret reaches an audit payload or a log line: a user's password, its argon2 hash, the
// session token, set-password link tokens and the auth secret are planted as canaries, the account
// goes through invite → set password → sign-in (and failed ones) → disable → enable → new link,
// and then neither any audit row (the whole row as text) nor anything written to the console
// contains one of them. The end-to-end side (pages, API, auth responses, the server's log):
// tests/e2e/security-canary.spec.ts.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/core/actor";
import { inviteUser } from "../../lib/auth/users/invite-user";
import { issueNewPasswordLink } from "../../lib/auth/users/reset-password-link";
import { setPasswordWithLink } from "../../lib/auth/users/set-password-with-link";
import { setUserDisabled } from "../../lib/auth/users/set-user-disabled";
import { createUser, sessionCookie, signIn, testAuthSecret, totpSecrets } from "../support/auth";
import { useTestDatabase } from "../support/test-database";

const { db, auth } = useTestDatabase();
let admin: Actor;

beforeAll(async () => {
  const a = await createUser(db, "admin");
  admin = { id: a.id, email: a.email, name: "Admin", role: "admin" };
});

const tokenOf = (linkPath: string | undefined) => {
  const token = linkPath?.split("/").pop();
  if (!token) throw new Error("no link in the result");
  return token;
};

/** Everything printed to the console while `run` runs (still printed: nothing is silenced). */
async function consoleOutput(run: () => Promise<void>): Promise<string> {
  const lines: string[] = [];
  const spies = (["log", "info", "warn", "error", "debug"] as const).map((method) => {
    const original = console[method].bind(console);
    return vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(
        args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === "string" ? a : JSON.stringify(a))).join(" "),
      );
      original(...args);
    });
  });
  try {
    await run();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return lines.join("\n");
}

describe("secret canaries", () => {
  it("never appear in an audit payload or a log line", async () => {
    const email = `canary-${Date.now()}@example.org`;
    const password = `canary-password-${crypto.randomUUID()}`;
    // The canary list; the sign-in below adds the TOTP secret and the recovery codes of its enrolment.
    const canaries: Record<string, string> = { password, authSecret: testAuthSecret };

    const output = await consoleOutput(async () => {
      const invited = await inviteUser(db, admin, { email, name: "Canary", role: "editor" });
      expect(invited.status).toBe("ok");
      canaries.inviteToken = tokenOf(invited.status === "ok" ? invited.data.linkPath : undefined);
      expect(await setPasswordWithLink(db, { token: canaries.inviteToken, password, confirm: password })).toMatchObject({ status: "ok" });

      const user = await db.user.findUniqueOrThrow({ where: { email }, include: { accounts: true } });
      const hash = user.accounts.find((a) => a.password)?.password;
      if (!hash) throw new Error("no password hash stored");
      canaries.passwordHash = hash;
      canaries.passwordDigest = hash.split("$").pop()!; // the digest alone, in case a log trims the parameters

      await signIn(auth, email, "not the password"); // a failed attempt is logged and counted
      const signedIn = await signIn(auth, email, password);
      expect(signedIn.status).toBe(200);
      const { recoveryCodes } = (await signedIn.clone().json()) as { recoveryCodes: string[] };
      recoveryCodes.forEach((code, i) => (canaries[`recoveryCode${i}`] = code));
      canaries.totpSecret = totpSecrets.get(email)!;
      canaries.sessionCookie = decodeURIComponent(sessionCookie(signedIn).split("=")[1]!);
      canaries.sessionToken = canaries.sessionCookie.split(".")[0]!;
      expect((await db.session.findFirstOrThrow({ where: { userId: user.id } })).token).toBe(canaries.sessionToken);

      expect(await setUserDisabled(db, admin, { userId: user.id }, true)).toMatchObject({ status: "ok" });
      expect(await setUserDisabled(db, admin, { userId: user.id }, false)).toMatchObject({ status: "ok" });
      const relinked = await issueNewPasswordLink(db, admin, { userId: user.id });
      canaries.resetToken = tokenOf(relinked.status === "ok" ? relinked.data.linkPath : undefined);
    });

    const audit = await db.$queryRawUnsafe<Array<{ row: string }>>(`SELECT t::text AS row FROM audit_event t`);
    expect(audit.length, "the steps above were audited").toBeGreaterThanOrEqual(5);
    const auditText = audit.map((r) => r.row).join("\n");
    expect(auditText, "the canary user is in the audit log").toContain(email);
    for (const [name, value] of Object.entries(canaries)) {
      expect(value.length, name).toBeGreaterThanOrEqual(16);
      expect(auditText.includes(value), `${name} in an audit row`).toBe(false);
      expect(output.includes(value), `${name} in a log line`).toBe(false);
    }
  });
});
