// Corrections keep history: a superseded claim stays, linked to its correction; a moved milestone
// keeps every due date it had, each with its source and reason; both are audited.
import { describe, expect, it } from "vitest";
import {
  rescheduleMilestoneAction,
  supersedeCapacityClaimAction,
  supersedeFundingClaimAction,
} from "../../lib/actions/definitions/corrections";
import { createEditingFixture } from "../factories/editing-records";
import { useTestDatabase } from "../support/test-database";
import { capacitySupersedeForm, fundingSupersedeForm, rescheduleForm } from "../support/edit-forms";
import { tableChecksums } from "../support/table-checksums";

const env = useTestDatabase({ app: true, actors: true });

describe("superseding a claim", () => {
  it("creates the correction, keeps the old claim, moves the headline, and audits both", async () => {
    const fixture = await createEditingFixture(env.db);
    const old = fixture.fundingClaim;
    const result = await supersedeFundingClaimAction.invoke(
      env.editor,
      fundingSupersedeForm(fixture, { amount: "12000000000", quote: "« 12 milliards »" }),
    );
    expect(result).toMatchObject({ status: "ok" });
    const newId = result.status === "ok" ? (result.data as { id: string }).id : "";

    const created = await env.db.fundingClaim.findUniqueOrThrow({ where: { id: newId } });
    expect(created).toMatchObject({
      supersedesId: old.id,
      programId: old.programId,
      sourceId: fixture.newSource.id,
      isHeadline: true,
      label: old.label,
      currency: "EUR",
      kind: old.kind,
    });
    expect(created.amount?.toString()).toBe("12000000000");
    expect(created.quote).toBe("« 12 milliards »");

    const kept = await env.db.fundingClaim.findUniqueOrThrow({ where: { id: old.id }, include: { supersededBy: true } });
    expect(kept.deletedAt).toBeNull();
    expect(kept.amount?.toString()).toBe("10000000000");
    expect(kept.isHeadline).toBe(false);
    expect(kept.version).toBe(old.version + 1);
    expect(kept.supersededBy?.id).toBe(newId);

    const audits = await env.db.auditEvent.findMany({
      where: { action: "supersede", entityType: "FundingClaim" },
      orderBy: { entityId: "asc" },
    });
    expect(audits.map((a) => a.entityId).sort()).toEqual([old.id, newId].sort());
    expect(audits.every((a) => a.actorId === env.editor.id)).toBe(true);
    const onOld = audits.find((a) => a.entityId === old.id)!;
    expect(onOld.after).toMatchObject({ supersededById: newId, isHeadline: false });
    expect(onOld.before).toMatchObject({ amount: "10000000000", isHeadline: true });
  });

  it("refuses a correction citing the old claim's own source, a second correction, and a stale one, writing nothing", async () => {
    const fixture = await createEditingFixture(env.db);
    const before = await tableChecksums(env.db);
    const sameSource = await supersedeFundingClaimAction.invoke(env.editor, fundingSupersedeForm(fixture, { sourceId: fixture.source.id }));
    expect(sameSource).toMatchObject({ status: "invalid", fieldErrors: { sourceId: [expect.stringContaining("edit it instead")] } });
    const stale = await supersedeFundingClaimAction.invoke(env.editor, fundingSupersedeForm(fixture, { version: "7" }));
    expect(stale.status).toBe("conflict");
    const missingSource = await supersedeFundingClaimAction.invoke(env.editor, fundingSupersedeForm(fixture, { sourceId: "" }));
    expect(missingSource).toMatchObject({ status: "invalid", fieldErrors: { sourceId: expect.any(Array) } });
    expect(await tableChecksums(env.db)).toEqual(before);

    expect((await supersedeFundingClaimAction.invoke(env.editor, fundingSupersedeForm(fixture))).status).toBe("ok");
    const again = await supersedeFundingClaimAction.invoke(
      env.editor,
      fundingSupersedeForm(fixture, { version: String(fixture.fundingClaim.version + 1) }),
    );
    expect(again).toMatchObject({ status: "invalid", formError: expect.stringContaining("already been corrected") });
  });

  it("two corrections of one claim at once: one wins, the other is a conflict", async () => {
    for (let round = 0; round < 10; round++) {
      const fixture = await createEditingFixture(env.db);
      const results = await Promise.all([
        supersedeCapacityClaimAction.invoke(env.editor, capacitySupersedeForm(fixture, { value: "1500" })),
        supersedeCapacityClaimAction.invoke(env.editor, capacitySupersedeForm(fixture, { value: "2500" })),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(["conflict", "ok"]);
      expect(await env.db.capacityClaim.count({ where: { supersedesId: fixture.capacityClaim.id } })).toBe(1);
    }
  });
});

describe("moving a milestone's due date", () => {
  it("records a revision with its source and reason, keeps the original, and audits a reschedule", async () => {
    const fixture = await createEditingFixture(env.db);
    const m = fixture.milestone;
    const result = await rescheduleMilestoneAction.invoke(
      env.editor,
      rescheduleForm(fixture, { dueOn: "2026-05-01", duePrecision: "month", reason: "Delayed by the grid connection." }),
    );
    expect(result).toMatchObject({ status: "ok" });

    const moved = await env.db.milestone.findUniqueOrThrow({
      where: { id: m.id },
      include: { revisions: { orderBy: { recordedAt: "asc" } } },
    });
    expect(moved.dueOn?.toISOString().slice(0, 10)).toBe("2026-05-01");
    expect(moved.duePrecision).toBe("month");
    expect(moved.sourceId).toBe(fixture.source.id);
    expect(moved.revisions.map((r) => [r.dueOn?.toISOString().slice(0, 10), r.duePrecision, r.sourceId])).toEqual([
      ["2026-02-21", "day", fixture.source.id],
      ["2026-05-01", "month", fixture.newSource.id],
    ]);
    expect(moved.revisions[1]!.reason).toBe("Delayed by the grid connection.");

    const audit = await env.db.auditEvent.findFirstOrThrow({ where: { entityId: m.id, action: "reschedule" } });
    expect(audit.before).toMatchObject({ dueOn: "2026-02-21T00:00:00.000Z" });
    expect(audit.after).toMatchObject({ dueOn: "2026-05-01T00:00:00.000Z", revision: { reason: "Delayed by the grid connection." } });
  });

  it("resolves 'N days after' an anchor date, and keeps the original of a milestone that had no revision", async () => {
    const fixture = await createEditingFixture(env.db);
    const bare = await env.db.milestone.create({
      data: {
        programId: fixture.program.id,
        sourceId: fixture.source.id,
        title: "Report",
        dueOn: new Date("2026-01-23"),
        status: "planned",
      },
    });
    const result = await rescheduleMilestoneAction.invoke(
      env.editor,
      rescheduleForm(
        { ...fixture, milestone: bare },
        { dueOn: "", relativeDays: "90", anchorOn: "2025-11-24", anchorLabel: "Executive order signed" },
      ),
    );
    expect(result).toMatchObject({ status: "ok" });
    const moved = await env.db.milestone.findUniqueOrThrow({
      where: { id: bare.id },
      include: { revisions: { orderBy: { recordedAt: "asc" } } },
    });
    expect(moved).toMatchObject({ relativeDays: 90, duePrecision: "day", anchorLabel: "Executive order signed" });
    expect(moved.dueOn?.toISOString().slice(0, 10)).toBe("2026-02-22");
    expect(moved.revisions.map((r) => r.dueOn?.toISOString().slice(0, 10))).toEqual(["2026-01-23", "2026-02-22"]);
  });

  it("refuses a move without a reason or source, or with both a date and days, writing nothing", async () => {
    const fixture = await createEditingFixture(env.db);
    const before = await tableChecksums(env.db);
    const noReason = await rescheduleMilestoneAction.invoke(env.editor, rescheduleForm(fixture, { reason: "  " }));
    expect(noReason).toMatchObject({ status: "invalid", fieldErrors: { reason: expect.any(Array) } });
    const both = await rescheduleMilestoneAction.invoke(
      env.editor,
      rescheduleForm(fixture, { relativeDays: "30", anchorOn: "2025-11-24" }),
    );
    expect(both).toMatchObject({ status: "invalid", fieldErrors: { dueOn: expect.any(Array) } });
    const unknownSource = await rescheduleMilestoneAction.invoke(
      env.editor,
      rescheduleForm(fixture, { sourceId: "00000000-0000-4000-8000-000000000000" }),
    );
    expect(unknownSource).toMatchObject({ status: "invalid", fieldErrors: { sourceId: expect.any(Array) } });
    expect(await tableChecksums(env.db)).toEqual(before);
  });
});
