// Soft delete hides a record and restore brings it back, each version-checked and audited; a
// permanent delete is for admins, only from the deleted items, refused while other rows depend on
// the record, and audited with the record's last image.
import { describe, expect, it } from "vitest";
import { deleteRecordAction, hardDeleteRecordAction, restoreRecordAction } from "../../lib/actions/definitions/record-lifecycle";
import { editFundingClaimAction } from "../../lib/actions/definitions/edit-records";
import { deletableEntities } from "../../lib/schemas/record-ref";
import { createEditingFixture, type EditingFixture } from "../factories/editing-records";
import { createStatusChange } from "../factories/status-change";
import { useTestDatabase } from "../support/test-database";
import { fundingForm } from "../support/edit-forms";
import { tableChecksums } from "../support/table-checksums";

const env = useTestDatabase({ app: true, actors: true });

type Entity = (typeof deletableEntities)[number];
const ref = (entityType: Entity, row: { id: string; version: number }) => ({ entityType, id: row.id, version: String(row.version) });

// The fixture's record of each kind (a status change is made for the test that asks for one).
async function recordOf(f: EditingFixture, entityType: Entity): Promise<{ id: string; version: number }> {
  if (entityType === "ProgramStatusChange") return createStatusChange(env.db, f);
  const rows: Record<Exclude<Entity, "ProgramStatusChange">, { id: string; version: number }> = {
    Program: f.program,
    FundingClaim: f.fundingClaim,
    CapacityClaim: f.capacityClaim,
    Milestone: f.milestone,
    Participation: f.participation,
    Organization: f.organization,
    Source: f.newSource,
    Announcement: f.announcement,
  };
  return rows[entityType];
}

describe("soft delete and restore", () => {
  it.each(deletableEntities.map((e) => [e]))("%s: delete sets deletedAt, restore clears it, both audited", async (entityType) => {
    const fixture = await createEditingFixture(env.db);
    const record = await recordOf(fixture, entityType);
    const deleted = await deleteRecordAction.invoke(env.editor, ref(entityType, record));
    expect(deleted).toMatchObject({ status: "ok", data: { version: record.version + 1 } });
    const restored = await restoreRecordAction.invoke(env.editor, ref(entityType, { id: record.id, version: record.version + 1 }));
    expect(restored).toMatchObject({ status: "ok", data: { version: record.version + 2 } });

    const audits = await env.db.auditEvent.findMany({ where: { entityId: record.id }, orderBy: { occurredAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["delete", "restore"]);
    expect(audits[0]!.before).toMatchObject({ deletedAt: null });
    expect(audits[0]!.after).toMatchObject({ deletedAt: expect.any(String) });
    expect(audits[1]!.after).toMatchObject({ deletedAt: null });
  });

  it("refuses a stale delete, deleting twice, restoring a live record, and editing a deleted one", async () => {
    const fixture = await createEditingFixture(env.db);
    const claim = fixture.fundingClaim;
    expect((await deleteRecordAction.invoke(env.editor, ref("FundingClaim", { ...claim, version: claim.version + 3 }))).status).toBe(
      "conflict",
    );
    expect((await restoreRecordAction.invoke(env.editor, ref("FundingClaim", claim))).status).toBe("invalid");
    expect((await deleteRecordAction.invoke(env.editor, ref("FundingClaim", claim))).status).toBe("ok");
    const bumped = { ...claim, version: claim.version + 1 };
    expect(await deleteRecordAction.invoke(env.editor, ref("FundingClaim", bumped))).toMatchObject({
      status: "invalid",
      formError: expect.stringContaining("already deleted"),
    });
    const edit = await editFundingClaimAction.invoke(
      env.editor,
      fundingForm({ ...fixture, fundingClaim: { ...claim, version: bumped.version } }, { label: "Changed" }),
    );
    expect(edit).toMatchObject({ status: "invalid", formError: expect.stringContaining("Restore it") });
  });

  it("refuses to delete a source that live records cite, and to restore a record whose source is deleted", async () => {
    const fixture = await createEditingFixture(env.db);
    const cited = await deleteRecordAction.invoke(env.editor, ref("Source", fixture.source));
    expect(cited).toMatchObject({ status: "invalid", formError: expect.stringMatching(/cite this source/) });

    const claim = await env.db.fundingClaim.update({
      where: { id: fixture.fundingClaim.id },
      data: { sourceId: fixture.newSource.id, deletedAt: new Date(), version: { increment: 1 } },
    });
    expect((await deleteRecordAction.invoke(env.editor, ref("Source", fixture.newSource))).status).toBe("ok");
    const orphan = await restoreRecordAction.invoke(env.editor, ref("FundingClaim", claim));
    expect(orphan).toMatchObject({ status: "invalid", formError: expect.stringContaining("Restore the source first") });
  });

  it("a soft-deleted claim leaves the public data, and comes back when restored", async () => {
    const { listPublishedPrograms } = await import("../../lib/data/programs");
    const fixture = await createEditingFixture(env.db, { slug: "visible-after-restore" });
    const headline = async () =>
      (await listPublishedPrograms(env.db)).find((p) => p.slug === "visible-after-restore")!.headlineFunding.map((c) => c.id);
    expect(await headline()).toEqual([fixture.fundingClaim.id]);
    await deleteRecordAction.invoke(env.editor, ref("FundingClaim", fixture.fundingClaim));
    expect(await headline()).toEqual([]);
    await restoreRecordAction.invoke(
      env.editor,
      ref("FundingClaim", { ...fixture.fundingClaim, version: fixture.fundingClaim.version + 1 }),
    );
    expect(await headline()).toEqual([fixture.fundingClaim.id]);
  });
});

describe("permanent delete", () => {
  it("is for admins, only from the deleted items, and audited with the record's last image (revisions included)", async () => {
    const fixture = await createEditingFixture(env.db);
    const m = fixture.milestone;
    const live = await hardDeleteRecordAction.invoke(env.admin, ref("Milestone", m));
    expect(live).toMatchObject({ status: "invalid", formError: expect.stringContaining("Delete this record first") });
    await deleteRecordAction.invoke(env.editor, ref("Milestone", m));
    const trashed = { ...m, version: m.version + 1 };
    expect((await hardDeleteRecordAction.invoke(env.editor, ref("Milestone", trashed))).status).toBe("forbidden");

    expect((await hardDeleteRecordAction.invoke(env.admin, ref("Milestone", trashed))).status).toBe("ok");
    expect(await env.db.milestone.findUnique({ where: { id: m.id } })).toBeNull();
    expect(await env.db.milestoneRevision.count({ where: { milestoneId: m.id } })).toBe(0);
    const audit = await env.db.auditEvent.findFirstOrThrow({ where: { entityId: m.id, action: "hard_delete" } });
    expect(audit.actorId).toBe(env.admin.id);
    expect(audit.after).toBeNull();
    expect(audit.before).toMatchObject({
      title: m.title,
      revisions: [expect.objectContaining({ reason: "Original due date, as first recorded." })],
    });
  });

  it.each([
    ["Program", /funding claim.*refer to it/],
    ["Source", /funding claim/],
    ["Organization", /1 partner refer/],
    ["Announcement", /1 funding claim refer/],
  ] as const)("refuses %s while other rows depend on it, saying which, and writes nothing", async (entityType, message) => {
    const fixture = await createEditingFixture(env.db);
    const record = entityType === "Source" ? fixture.source : await recordOf(fixture, entityType);
    // Straight to the deleted items (a cited source cannot be soft-deleted through the action).
    const deletedRow = await setDeleted(entityType, record.id);
    if (entityType === "Announcement")
      await env.db.fundingClaim.update({ where: { id: fixture.fundingClaim.id }, data: { announcementId: record.id } });
    const before = await tableChecksums(env.db);
    const result = await hardDeleteRecordAction.invoke(env.admin, ref(entityType, deletedRow));
    expect(result).toMatchObject({ status: "invalid", formError: expect.stringMatching(message) });
    expect(await tableChecksums(env.db)).toEqual(before);
  });

  it("refuses a claim that has been corrected (its correction points at it)", async () => {
    const fixture = await createEditingFixture(env.db);
    const old = fixture.fundingClaim;
    await env.db.fundingClaim.create({
      data: {
        programId: old.programId,
        sourceId: fixture.newSource.id,
        label: "Correction",
        shape: "exact",
        amount: "5",
        currency: "EUR",
        kind: "pledged",
        confidence: "reported",
        supersedesId: old.id,
      },
    });
    const deletedRow = await setDeleted("FundingClaim", old.id);
    expect(await hardDeleteRecordAction.invoke(env.admin, ref("FundingClaim", deletedRow))).toMatchObject({
      status: "invalid",
      formError: expect.stringContaining("1 correction"),
    });
  });
});

async function setDeleted(entityType: Entity, id: string): Promise<{ id: string; version: number }> {
  // Each entity's Prisma delegate is named as the entity, uncapitalised (FundingClaim → db.fundingClaim).
  const name = `${entityType.charAt(0).toLowerCase()}${entityType.slice(1)}` as Uncapitalize<Entity>;
  const delegate = env.db[name] as unknown as { update(args: object): Promise<{ id: string; version: number }> };
  return delegate.update({ where: { id }, data: { deletedAt: new Date(), version: { increment: 1 } } });
}
