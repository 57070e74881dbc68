// A program's status history through the editors' forms (issue 14): add, edit, delete and restore a
// dated status change through the registered actions, each audited; bad input gets field errors and
// writes nothing (every table's checksum unchanged); the latest change moves the program's status;
// and the public program page (its loader) shows the change from its date on, and not before.
import { describe, expect, it } from "vitest";
import { deleteRecordAction, restoreRecordAction } from "../../lib/actions/definitions/record-lifecycle";
import { addStatusChangeAction, editStatusChangeAction } from "../../lib/actions/definitions/status-changes";
import { loadProgramDetail } from "../../lib/data/program-detail";
import { createEditingFixture, type EditingFixture } from "../factories/editing-records";
import { createStatusChange } from "../factories/status-change";
import { useTestDatabase } from "../support/test-database";
import { statusChangeAddForm, statusChangeEditForm } from "../support/edit-forms";
import { tableChecksums } from "../support/table-checksums";

const env = useTestDatabase({ app: true, actors: true });

const eventsOf = (entityId: string) => env.db.auditEvent.findMany({ where: { entityId }, orderBy: { occurredAt: "asc" } });
const programOf = (f: EditingFixture) => env.db.program.findUniqueOrThrow({ where: { id: f.program.id } });
const dayEnd = (iso: string) => new Date(`${iso}T23:59:59.999Z`);

async function addedChange(f: EditingFixture, over: Record<string, unknown> = {}) {
  const result = await addStatusChangeAction.invoke(env.editor, statusChangeAddForm(f, over));
  if (result.status !== "ok") throw new Error(`add refused: ${JSON.stringify(result)}`);
  return env.db.programStatusChange.findUniqueOrThrow({ where: { id: result.data.id } });
}

describe("adding a status change", () => {
  it("saves it at the start of its period, audited as the editor's, and the program's status follows", async () => {
    const fixture = await createEditingFixture(env.db);
    const change = await addedChange(fixture);
    expect(change).toMatchObject({
      fromStatus: "active",
      status: "cancelled",
      effectivePrecision: "month",
      detail: "The developer withdrew.",
    });
    expect(change.effectiveOn.toISOString().slice(0, 10)).toBe("2026-03-01");
    const [created] = await eventsOf(change.id);
    expect(created).toMatchObject({ action: "create", entityType: "ProgramStatusChange", actorId: env.editor.id });
    expect(created?.after).toMatchObject({ status: "cancelled", sourceId: fixture.newSource.id });

    const program = await programOf(fixture);
    expect([program.status, program.statusDetail, program.version]).toEqual([
      "cancelled",
      "The developer withdrew.",
      fixture.program.version + 1,
    ]);
    const [programEvent] = await eventsOf(fixture.program.id);
    expect(programEvent).toMatchObject({
      action: "update",
      actorId: env.editor.id,
      before: { status: "active" },
      after: { status: "cancelled" },
    });
  });

  it.each([
    ["the status it starts from", { status: "active" }, "status"],
    ["a date that does not exist", { effectiveOn: "2026-02-30" }, "effectiveOn"],
    ["no date", { effectiveOn: "" }, "effectiveOn"],
    ["an unknown status", { status: "finished" }, "status"],
    ["no source", { sourceId: "" }, "sourceId"],
    ["a source that does not exist", { sourceId: "00000000-0000-4000-8000-000000000000" }, "sourceId"],
    ["a reader text with a control character", { detail: "Withdrew\u0000" }, "detail"],
  ])("refuses %s with a field error and writes nothing", async (_case, over, field) => {
    const fixture = await createEditingFixture(env.db);
    const before = await tableChecksums(env.db);
    const result = await addStatusChangeAction.invoke(env.editor, statusChangeAddForm(fixture, over));
    expect(result).toMatchObject({ status: "invalid", fieldErrors: { [field]: [expect.any(String)] } });
    expect(await tableChecksums(env.db)).toEqual(before);
  });

  it("refuses another program's announcement, and a deleted program, writing nothing", async () => {
    const fixture = await createEditingFixture(env.db);
    const other = await createEditingFixture(env.db);
    const before = await tableChecksums(env.db);
    const foreign = await addStatusChangeAction.invoke(env.editor, statusChangeAddForm(fixture, { announcementId: other.announcement.id }));
    expect(foreign).toMatchObject({ status: "invalid", fieldErrors: { announcementId: [expect.any(String)] } });
    expect(await tableChecksums(env.db)).toEqual(before);
    await env.db.program.update({ where: { id: other.program.id }, data: { deletedAt: new Date() } });
    const deleted = await tableChecksums(env.db);
    expect(await addStatusChangeAction.invoke(env.editor, statusChangeAddForm(other))).toMatchObject({
      status: "invalid",
      fieldErrors: { programId: [expect.any(String)] },
    });
    expect(await tableChecksums(env.db)).toEqual(deleted);
  });

  it("needs an editor: no session writes nothing", async () => {
    const fixture = await createEditingFixture(env.db);
    const before = await tableChecksums(env.db);
    expect((await addStatusChangeAction.invoke(null, statusChangeAddForm(fixture))).status).toBe("unauthenticated");
    expect(await tableChecksums(env.db)).toEqual(before);
  });
});

describe("editing, deleting and restoring a status change", () => {
  it("saves an edit with its before and after, and refuses a stale version without writing", async () => {
    const fixture = await createEditingFixture(env.db);
    const change = await createStatusChange(env.db, fixture);
    const edited = await editStatusChangeAction.invoke(env.editor, statusChangeEditForm(change, { detail: "The first phase began." }));
    expect(edited).toMatchObject({ status: "ok", data: { version: change.version + 1 } });
    const [event] = await eventsOf(change.id);
    expect(event).toMatchObject({
      action: "update",
      before: { detail: "The program started." },
      after: { detail: "The first phase began." },
    });

    const before = await tableChecksums(env.db);
    const stale = await editStatusChangeAction.invoke(env.editor, statusChangeEditForm(change, { detail: "Something else." }));
    expect(stale.status).toBe("conflict");
    expect(await tableChecksums(env.db)).toEqual(before);
  });

  it("moves the program back when its latest change is deleted, and forward again when it is restored", async () => {
    const fixture = await createEditingFixture(env.db);
    await createStatusChange(env.db, fixture);
    const latest = await addedChange(fixture);
    expect((await programOf(fixture)).status).toBe("cancelled");
    const ref = { entityType: "ProgramStatusChange", id: latest.id };
    expect(await deleteRecordAction.invoke(env.editor, { ...ref, version: String(latest.version) })).toMatchObject({ status: "ok" });
    expect(await programOf(fixture)).toMatchObject({ status: "active", statusDetail: "The program started." });
    expect(await restoreRecordAction.invoke(env.editor, { ...ref, version: String(latest.version + 1) })).toMatchObject({ status: "ok" });
    expect((await programOf(fixture)).status).toBe("cancelled");
  });

  it("leaves the program alone when an older change is edited", async () => {
    const fixture = await createEditingFixture(env.db);
    const older = await createStatusChange(env.db, fixture);
    await addedChange(fixture);
    await env.db.program.update({ where: { id: fixture.program.id }, data: { statusDetail: "Set by an editor on the program." } });
    await editStatusChangeAction.invoke(env.editor, statusChangeEditForm(older, { detail: "Reworded." }));
    expect(await programOf(fixture)).toMatchObject({ status: "cancelled", statusDetail: "Set by an editor on the program." });
  });
});

describe("the public program page", () => {
  it("shows an added change in its status timeline and status from its date on, not before", async () => {
    const fixture = await createEditingFixture(env.db);
    // Published by us long before, so a past view shows the program.
    await env.db.program.update({ where: { id: fixture.program.id }, data: { publishedAt: new Date("2025-02-10") } });
    await addedChange(fixture, { effectiveOn: "2026-03-20", effectivePrecision: "day" });
    const now = new Date("2026-07-01T12:00:00Z");
    const on = async (day: string | null) => loadProgramDetail(env.db, day === null ? null : dayEnd(day), fixture.program.slug, { now });

    const live = await on(null);
    expect(live).toMatchObject({ status: "cancelled", statusDetail: "The developer withdrew." });
    expect(live?.statusHistory).toEqual([expect.objectContaining({ fromStatus: "active", status: "cancelled", on: "2026-03-20" })]);
    const after = await on("2026-03-20");
    expect(after).toMatchObject({ status: "cancelled", statusHistory: [expect.objectContaining({ status: "cancelled" })] });
    const before = await on("2026-03-19");
    expect(before).toMatchObject({ status: "active", statusHistory: [] });
  });

  it("keeps the status line with its history list: a change dated to its month waits for its source's day", async () => {
    const fixture = await createEditingFixture(env.db);
    await env.db.program.update({ where: { id: fixture.program.id }, data: { publishedAt: new Date("2025-02-10") } });
    await env.db.source.update({ where: { id: fixture.newSource.id }, data: { publishedOn: new Date("2026-03-20") } });
    // "March 2026" is stored as its first day, before anyone could know of it.
    await addedChange(fixture, { effectiveOn: "2026-03-15", effectivePrecision: "month" });
    const on = (day: string) => loadProgramDetail(env.db, dayEnd(day), fixture.program.slug, { now: new Date("2026-07-01T12:00:00Z") });
    expect(await on("2026-03-10")).toMatchObject({ status: "active", statusHistory: [] });
    expect(await on("2026-03-20")).toMatchObject({
      status: "cancelled",
      statusHistory: [expect.objectContaining({ status: "cancelled" })],
    });
  });

  it("refuses a change without the status it started from (a past view before it shows that status)", async () => {
    const fixture = await createEditingFixture(env.db);
    const result = await addStatusChangeAction.invoke(env.editor, statusChangeAddForm(fixture, { fromStatus: "" }));
    expect(result).toMatchObject({ status: "invalid", fieldErrors: { fromStatus: [expect.any(String)] } });
  });
});
