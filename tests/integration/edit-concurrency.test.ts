// Two editors save the same record, loaded at the same version, at the same moment: exactly one
// save wins, the other gets the conflict, the stored fields are the winner's alone and the version
// moved by one. Repeated many times, so a race that wins only sometimes still fails the test.
import { beforeAll, describe, expect, it } from "vitest";
import { editFundingClaimAction, editProgramAction } from "../../lib/actions/definitions/edit-records";
import { rescheduleMilestoneAction } from "../../lib/actions/definitions/corrections";
import { createEditingFixture, type EditingFixture } from "../factories/editing-records";
import { createActor } from "../factories/users";
import { useTestDatabase } from "../support/test-database";
import { fundingForm, programForm, rescheduleForm } from "../support/edit-forms";

const ROUNDS = 50;
const env = useTestDatabase({ app: true, actors: true });
let fixture: EditingFixture;

beforeAll(async () => {
  fixture = await createEditingFixture(env.db);
});

describe("two concurrent saves of one record", () => {
  it(`program: one wins, one conflicts, the winner's fields alone are stored (${ROUNDS} rounds)`, async () => {
    const other = await createActor(env.db, "editor");
    for (let round = 0; round < ROUNDS; round++) {
      const stored = await env.db.program.findUniqueOrThrow({ where: { id: fixture.program.id } });
      const current = { ...fixture, program: stored };
      const mine = programForm(current, { name: `Mine ${round}`, country: "Mine-land" });
      const theirs = programForm(current, { name: `Theirs ${round}`, country: "Their-land" });
      const results = await Promise.all([editProgramAction.invoke(env.editor, mine), editProgramAction.invoke(other, theirs)]);

      expect(results.map((r) => r.status).sort()).toEqual(["conflict", "ok"]);
      const winner = results[0]!.status === "ok" ? mine : theirs;
      const after = await env.db.program.findUniqueOrThrow({ where: { id: stored.id } });
      expect({ name: after.name, country: after.country }).toEqual({ name: winner.name, country: winner.country });
      expect(after.version).toBe(stored.version + 1);
    }
    const audits = await env.db.auditEvent.count({ where: { entityType: "Program", entityId: fixture.program.id, action: "update" } });
    expect(audits).toBe(ROUNDS);
  });

  it("a funding claim's amount: the loser's figure never reaches the database", async () => {
    for (let round = 0; round < 20; round++) {
      const stored = await env.db.fundingClaim.findUniqueOrThrow({ where: { id: fixture.fundingClaim.id } });
      const current = { ...fixture, fundingClaim: stored };
      const inputs = [fundingForm(current, { amount: `${1000 + round}` }), fundingForm(current, { amount: `${5000 + round}` })];
      const results = await Promise.all(inputs.map((input) => editFundingClaimAction.invoke(env.editor, input)));
      expect(results.map((r) => r.status).sort()).toEqual(["conflict", "ok"]);
      const winner = inputs[results.findIndex((r) => r.status === "ok")]!;
      const after = await env.db.fundingClaim.findUniqueOrThrow({ where: { id: stored.id } });
      expect(after.amount?.toString()).toBe(winner.amount);
      expect(after.version).toBe(stored.version + 1);
    }
  });

  it("moving a milestone twice at once keeps exactly one new revision", async () => {
    for (let round = 0; round < 10; round++) {
      const stored = await env.db.milestone.findUniqueOrThrow({ where: { id: fixture.milestone.id } });
      const revisions = await env.db.milestoneRevision.count({ where: { milestoneId: stored.id } });
      const current = { ...fixture, milestone: stored };
      const moves = [
        rescheduleForm(current, { dueOn: `2027-0${1 + (round % 9)}-01` }),
        rescheduleForm(current, { dueOn: `2028-0${1 + (round % 9)}-01` }),
      ];
      const results = await Promise.all(moves.map((input) => rescheduleMilestoneAction.invoke(env.editor, input)));
      expect(results.map((r) => r.status).sort()).toEqual(["conflict", "ok"]);
      expect(await env.db.milestoneRevision.count({ where: { milestoneId: stored.id } })).toBe(revisions + 1);
    }
  });

  it("a stale save alone is refused as a conflict and changes nothing", async () => {
    const stored = await env.db.program.findUniqueOrThrow({ where: { id: fixture.program.id } });
    const stale = programForm({ ...fixture, program: stored }, { version: String(stored.version - 1), name: "Stale" });
    const result = await editProgramAction.invoke(env.editor, stale);
    expect(result.status).toBe("conflict");
    expect(await env.db.program.findUniqueOrThrow({ where: { id: stored.id } })).toEqual(stored);
  });
});
