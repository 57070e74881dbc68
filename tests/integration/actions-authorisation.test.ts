// Every registered action, called with valid input, is refused without a session and with a role
// below the one it needs, and the database is unchanged (every row of every table). The same input
// then succeeds with the right role, which proves the refusal came from the role check and not
// from the input. An action without an example fails this test: add one in tests/support/action-examples.
import { describe, expect, it } from "vitest";
import { allActions } from "../../lib/actions/definitions";
import type { Actor } from "@/lib/core/actor";
import { createEditingFixture } from "../factories/editing-records";
import { useTestDatabase } from "../support/test-database";
import { actionExamples } from "../support/action-examples";
import { tableChecksums } from "../support/table-checksums";

const env = useTestDatabase({ app: true, actors: true });

describe("authorisation of every action", () => {
  it("has actions and an example for each of them", () => {
    expect(allActions.length).toBeGreaterThan(0);
    const missing = allActions.map((action) => action.name).filter((name) => !(name in actionExamples));
    expect(missing, "actions without an example in tests/support/action-examples").toEqual([]);
    expect(new Set(allActions.map((a) => a.name)).size, "action names are unique").toBe(allActions.length);
  });

  it.each(allActions.map((action) => [action.name, action] as const))(
    "%s refuses no session and a lower role, writing nothing",
    async (_name, action) => {
      const example = actionExamples[action.name];
      if (!example) throw new Error(`No example for ${action.name}`);
      const input = await example({ db: env.db, fixture: await createEditingFixture(env.db) });

      const before = await tableChecksums(env.db);
      const anonymous = await action.invoke(null, input);
      expect(anonymous.status).toBe("unauthenticated");
      const tooLow: Actor | null = action.role === "admin" ? env.editor : null;
      if (tooLow) expect((await action.invoke(tooLow, input)).status).toBe("forbidden");
      expect(await tableChecksums(env.db)).toEqual(before);

      const allowed = await action.invoke(action.role === "admin" ? env.admin : env.editor, input);
      expect(allowed).toMatchObject({ status: "ok" });
      expect(await tableChecksums(env.db)).not.toEqual(before);
    },
  );
});
