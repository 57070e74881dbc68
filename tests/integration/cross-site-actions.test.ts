// Every server action refuses a request another site may have made (lib/security/same-origin.ts),
// and writes nothing: every registered action (defineAction) and the user-management forms, each
// with a foreign, `null`, malformed or missing Origin and with Sec-Fetch-Site cross-site/same-site.
// The server actions themselves read the live request (next/headers), which only exists inside
// Next; here the same composition runs with the request's headers given: sameOriginActor(headers,
// …) is what actionActor() is (lib/auth/action-guard.ts), and the static test
// tests/unit/security/use-server-guard.test.ts holds every "use server" export to it.
import { describe, expect, it } from "vitest";
import { allActions } from "../../lib/actions/definitions";
import type { Actor } from "@/lib/core/actor";
import { inviteUser } from "../../lib/auth/users/invite-user";
import { issueNewPasswordLink } from "../../lib/auth/users/reset-password-link";
import { runUserAction } from "../../lib/auth/users/run-user-action";
import { setPasswordWithLink } from "../../lib/auth/users/set-password-with-link";
import { setUserDisabled } from "../../lib/auth/users/set-user-disabled";
import { issuePasswordLink } from "../../lib/auth/users/password-link";
import { assertSameOrigin, crossSiteMessage, sameOriginActor } from "../../lib/security/same-origin";
import { createEditingFixture } from "../factories/editing-records";
import { useTestDatabase } from "../support/test-database";
import { actionExamples } from "../support/action-examples";
import { createUser } from "../support/auth";
import { tableChecksums } from "../support/table-checksums";

const ours = "http://localhost:3000";
/** Request headers as a browser on `origin` would send them to us. */
export const crossSiteCases: Array<[string, Record<string, string>]> = [
  ["a foreign Origin", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }],
  ["a foreign Origin without fetch metadata", { origin: "https://evil.example" }],
  ["Origin: null (a sandboxed frame)", { origin: "null", "sec-fetch-site": "cross-site" }],
  ["a malformed Origin", { origin: "http://[not-a-host" }],
  ["no Origin", {}],
  ["Sec-Fetch-Site: cross-site", { origin: ours, "sec-fetch-site": "cross-site" }],
  ["Sec-Fetch-Site: same-site", { origin: ours, "sec-fetch-site": "same-site" }],
];
const request = (extra: Record<string, string>) => new Headers({ host: "localhost:3000", ...extra });

const env = useTestDatabase({ app: true, actors: true });

const guarded = (headers: Headers, actor: Actor) => sameOriginActor(headers, undefined, async () => actor);

describe("every defined action refuses a cross-site request and writes nothing", () => {
  it.each(allActions.map((action) => [action.name, action] as const))("%s", async (_name, action) => {
    const example = actionExamples[action.name];
    if (!example) throw new Error(`No example for ${action.name} in tests/support/action-examples`);
    const input = await example({ db: env.db, fixture: await createEditingFixture(env.db) });
    const actor = action.role === "admin" ? env.admin : env.editor;

    const before = await tableChecksums(env.db);
    for (const [label, headers] of crossSiteCases) {
      const result = await action.invoke(guarded(request(headers), actor), input);
      expect(result, label).toEqual({ status: "forbidden", message: crossSiteMessage });
    }
    expect(await tableChecksums(env.db)).toEqual(before);

    // The same input from our own page goes through: the refusal was the origin's, not the input's.
    const allowed = await action.invoke(guarded(request({ origin: ours, "sec-fetch-site": "same-origin" }), actor), input);
    expect(allowed).toMatchObject({ status: "ok" });
  });
});

describe("the user-management forms refuse a cross-site request and write nothing", () => {
  it.each(crossSiteCases)("with %s", async (_label, headers) => {
    const target = await createUser(env.db, "editor");
    const invitee = { email: `invitee-${Date.now()}@example.org`, name: "Invitee", role: "editor" };
    const { token } = await issuePasswordLink(env.db, target.id);
    const before = await tableChecksums(env.db);

    const forms = [
      runUserAction(async () => inviteUser(env.db, await guarded(request(headers), env.admin), invitee)),
      runUserAction(async () => setUserDisabled(env.db, await guarded(request(headers), env.admin), { userId: target.id }, true)),
      runUserAction(async () => issueNewPasswordLink(env.db, await guarded(request(headers), env.admin), { userId: target.id })),
      // Set password with a link: no session, the origin check alone (as setPasswordAction does).
      runUserAction(async () => {
        assertSameOrigin(request(headers), undefined);
        return setPasswordWithLink(env.db, { token, password: "a long enough new passphrase", confirm: "a long enough new passphrase" });
      }),
    ];
    for (const state of await Promise.all(forms)) expect(state).toMatchObject({ status: "forbidden", message: crossSiteMessage });
    expect(await tableChecksums(env.db)).toEqual(before);
  });
});
