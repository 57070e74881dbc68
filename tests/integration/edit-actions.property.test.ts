// Each editing action, fed a valid form with generated and hostile fields by an editor (or admin):
// it never throws and never fails unexpectedly (no "error", the app's 500); when it refuses, no
// row of any table changed; when it accepts, the text it stored is exactly the validated text.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { allActions, type RegisteredAction } from "../../lib/actions/definitions";
import * as edits from "../../lib/actions/definitions/edit-records";
import { saveRecord } from "../../lib/actions/edit-records";
import { idleFormState } from "../../lib/admin/form-state";
import type { EditableEntity } from "../../lib/admin/edit-forms";
import { createEditingFixture, type EditingFixture } from "../factories/editing-records";
import { useTestDatabase } from "../support/test-database";
import { actionExamples } from "../support/action-examples";
import {
  capacityForm,
  fundingForm,
  milestoneForm,
  organizationForm,
  participationForm,
  programForm,
  sourceForm,
} from "../support/edit-forms";
import { hostileOverrides } from "../support/hostile-values";
import { tableChecksums } from "../support/table-checksums";

const env = useTestDatabase({ app: true, actors: true });
const RUNS = 30;
const statuses: Record<string, number> = {};

afterAll(() => {
  // Accepted and refused inputs both occur, or the property would test only one path.
  console.info("statuses of hostile inputs", statuses);
});

// Where each action's record lives, to compare what was stored with what was validated.
const storedRow: Record<string, (f: EditingFixture, id: string) => Promise<Record<string, unknown> | null>> = {
  "program.edit": (_f, id) => env.db.program.findUnique({ where: { id } }),
  "fundingClaim.edit": (_f, id) => env.db.fundingClaim.findUnique({ where: { id } }),
  "capacityClaim.edit": (_f, id) => env.db.capacityClaim.findUnique({ where: { id } }),
  "milestone.edit": (_f, id) => env.db.milestone.findUnique({ where: { id } }),
  "participation.edit": (_f, id) => env.db.participation.findUnique({ where: { id } }),
  "organization.edit": (_f, id) => env.db.organization.findUnique({ where: { id } }),
  "source.edit": (_f, id) => env.db.source.findUnique({ where: { id } }),
};

async function checkOneInput(action: RegisteredAction, input: Record<string, unknown>): Promise<void> {
  const actor = action.role === "admin" ? env.admin : env.editor;
  const before = await tableChecksums(env.db);
  const result = await action.invoke(actor, input);
  statuses[result.status] = (statuses[result.status] ?? 0) + 1;
  expect(["ok", "invalid", "conflict", "not_found"], JSON.stringify(result)).toContain(result.status);
  if (result.status !== "ok") {
    expect(await tableChecksums(env.db)).toEqual(before);
    return;
  }
  const read = storedRow[action.name];
  const schema = Object.values(edits).find((definition) => definition.name === action.name)?.schema;
  if (!schema) return;
  const parsed = schema.parse(input) as Record<string, unknown>;
  if (!read || typeof parsed.id !== "string") return;
  const row = await read(fixture, parsed.id);
  for (const [field, value] of Object.entries(parsed)) {
    if (typeof value === "string" && typeof row?.[field] === "string") expect(row[field], field).toBe(value);
  }
}

let fixture: EditingFixture;

describe.each(allActions.map((a) => [a.name, a] as const))("%s with hostile input", (name, action) => {
  it("never fails unexpectedly and writes nothing when it refuses", async () => {
    const example = actionExamples[name];
    if (!example) throw new Error(`No example for ${name}`);
    const fields = Object.keys(await example({ db: env.db, fixture: await createEditingFixture(env.db) }));
    await fc.assert(
      fc.asyncProperty(hostileOverrides(fields), async (overrides) => {
        // A fresh fixture per run: an accepted input (a delete, a correction) changes what the next may do.
        fixture = await createEditingFixture(env.db);
        const valid = await example({ db: env.db, fixture });
        await checkOneInput(action, { ...valid, ...overrides });
      }),
      { numRuns: RUNS },
    );
  });
});

// The edit forms' one server action is bound by each page to its record's kind, and the browser sends that kind back: any
// value may come. One with no edit form gets what a bad form gets, and nothing is read or written.
describe("saveRecord with a kind that has no edit form", () => {
  it.each<[string, unknown]>([
    ["a kind with no edit form", "Announcement"],
    ["a table outside the edit forms", "User"],
    ["an inherited property name", "constructor"],
    ["the prototype's name", "__proto__"],
    ["a kind in an array", ["Program"]],
    ["an object", {}],
  ])("refuses %s like a bad form, keeps what was typed, and writes nothing", async (_case, kind) => {
    const fixture = await createEditingFixture(env.db);
    const form = new FormData();
    for (const [name, value] of Object.entries({ id: fixture.program.id, version: String(fixture.program.version), name: "Renamed" })) {
      form.append(name, value);
    }
    const before = await tableChecksums(env.db);
    const state = await saveRecord(kind as EditableEntity, idleFormState, form);
    expect(state).toMatchObject({ status: "invalid", message: expect.any(String), fieldErrors: {}, current: null });
    expect(state.values.name).toBe("Renamed");
    expect(await tableChecksums(env.db)).toEqual(before);
  });
});

// A forged pair: a real kind bound with another kind's form (its record's id and fields). The kind's own action runs, finds no
// record of its kind with that id (or refuses the fields), and writes nothing.
describe("saveRecord's action for one kind, given another kind's form", () => {
  it.each([
    ["program", edits.editProgramAction, sourceForm],
    ["funding claim", edits.editFundingClaimAction, programForm],
    ["capacity claim", edits.editCapacityClaimAction, fundingForm],
    ["milestone", edits.editMilestoneAction, capacityForm],
    ["partner", edits.editParticipationAction, milestoneForm],
    ["organisation", edits.editOrganizationAction, participationForm],
    ["source", edits.editSourceAction, organizationForm],
  ] as const)("the %s edit refuses the other form and writes nothing", async (_kind, action, otherForm) => {
    const fixture = await createEditingFixture(env.db);
    const before = await tableChecksums(env.db);
    const result = await action.invoke(env.editor, otherForm(fixture));
    expect(["invalid", "not_found"]).toContain(result.status);
    expect(await tableChecksums(env.db)).toEqual(before);
  });
});
