// The fields that hold what happened (issue 14): a partner's departure with its own source, a
// milestone's completion source, "missed" only with a source, and the last-checked dates. Each is
// entered through the same edit actions as every other field: refused with a field error and
// nothing written when incomplete, saved and audited (before → after) when right.
import { beforeAll, describe, expect, it } from "vitest";
import { editMilestoneAction, editParticipationAction, editProgramAction } from "../../lib/actions/definitions/edit-records";
import { createEditingFixture, type EditingFixture } from "../factories/editing-records";
import { useTestDatabase } from "../support/test-database";
import { milestoneForm, participationForm, programForm } from "../support/edit-forms";

const env = useTestDatabase({ app: true, actors: true });
let fixture: EditingFixture;

beforeAll(async () => {
  fixture = await createEditingFixture(env.db);
});

const auditsOf = (entityId: string) =>
  env.db.auditEvent.findMany({ where: { entityId, action: "update" }, orderBy: { occurredAt: "asc" } });

describe("dated partnerships", () => {
  it("refuses a departure without its source, or before the joining, and writes nothing", async () => {
    const noSource = await editParticipationAction.invoke(env.editor, participationForm(fixture, { leftOn: "2026-03-01" }));
    expect(noSource).toMatchObject({ status: "invalid", fieldErrors: { leftSourceId: [expect.stringContaining("departure")] } });
    const backwards = participationForm(fixture, { joinedOn: "2026-03-01", leftOn: "2026-02-01", leftSourceId: fixture.newSource.id });
    expect(await editParticipationAction.invoke(env.editor, backwards)).toMatchObject({
      status: "invalid",
      fieldErrors: { leftOn: expect.any(Array) },
    });
    const stored = await env.db.participation.findUniqueOrThrow({ where: { id: fixture.participation.id } });
    expect({ version: stored.version, leftOn: stored.leftOn }).toEqual({ version: fixture.participation.version, leftOn: null });
    expect(await auditsOf(fixture.participation.id)).toHaveLength(0);
  });

  it("stores joined and left dates with the departure's source, and audits them", async () => {
    const form = participationForm(fixture, { joinedOn: "2025-02-10", leftOn: "2026-03-01", leftSourceId: fixture.newSource.id });
    expect(await editParticipationAction.invoke(env.editor, form)).toMatchObject({ status: "ok" });
    const stored = await env.db.participation.findUniqueOrThrow({ where: { id: fixture.participation.id } });
    expect([stored.joinedOn?.toISOString().slice(0, 10), stored.leftOn?.toISOString().slice(0, 10), stored.leftSourceId]).toEqual([
      "2025-02-10",
      "2026-03-01",
      fixture.newSource.id,
    ]);
    const [audit] = await auditsOf(fixture.participation.id);
    expect(audit?.before).toMatchObject({ leftOn: null, leftSourceId: null });
    expect(audit?.after).toMatchObject({
      joinedOn: "2025-02-10T00:00:00.000Z",
      leftOn: "2026-03-01T00:00:00.000Z",
      leftSourceId: fixture.newSource.id,
    });
  });
});

describe("milestone completion source and last check", () => {
  it("refuses 'missed' without a source that says so, and a completion source without a date", async () => {
    const missed = await editMilestoneAction.invoke(env.editor, milestoneForm(fixture, { status: "missed" }));
    expect(missed).toMatchObject({ status: "invalid", fieldErrors: { completionSourceId: [expect.stringContaining("missed")] } });
    const undated = milestoneForm(fixture, { status: "completed", completionSourceId: fixture.newSource.id });
    expect(await editMilestoneAction.invoke(env.editor, undated)).toMatchObject({
      status: "invalid",
      fieldErrors: { completedOn: expect.any(Array) },
    });
    expect(await auditsOf(fixture.milestone.id)).toHaveLength(0);
  });

  it("stores a completion with its own source and date, and the last-checked day, audited", async () => {
    const form = milestoneForm(fixture, {
      status: "completed",
      completedOn: "2026-02-06",
      completionSourceId: fixture.newSource.id,
      statusCheckedOn: "2026-12-05",
    });
    expect(await editMilestoneAction.invoke(env.editor, form)).toMatchObject({ status: "ok" });
    const [audit] = await auditsOf(fixture.milestone.id);
    expect(audit?.before).toMatchObject({ status: "planned", completionSourceId: null, statusCheckedOn: null });
    expect(audit?.after).toMatchObject({
      status: "completed",
      completionSourceId: fixture.newSource.id,
      statusCheckedOn: "2026-12-05T00:00:00.000Z",
    });
  });
});

describe("program status last checked", () => {
  it("is saved and audited like any other field", async () => {
    expect(await editProgramAction.invoke(env.editor, programForm(fixture, { statusCheckedOn: "2026-12-05" }))).toMatchObject({
      status: "ok",
    });
    const [audit] = await auditsOf(fixture.program.id);
    expect(audit?.after).toMatchObject({ statusCheckedOn: "2026-12-05T00:00:00.000Z" });
    expect(await editProgramAction.invoke(env.editor, programForm(fixture, { version: "2", statusCheckedOn: "05/12/2026" }))).toMatchObject(
      { status: "invalid", fieldErrors: { statusCheckedOn: expect.any(Array) } },
    );
  });
});
