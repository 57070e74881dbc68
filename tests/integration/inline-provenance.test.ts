// A correction or a move may cite a source (and an announcement) typed on the spot: created in the
// same transaction, audited, and never left behind when anything else refuses the save. The guided
// form's "part of" links funding items of one announcement, or an existing claim of the program.
import { describe, expect, it } from "vitest";
import { createAnnouncementAction } from "../../lib/actions/definitions/announcements";
import { rescheduleMilestoneAction, supersedeFundingClaimAction } from "../../lib/actions/definitions/corrections";
import { indiaMissionInput } from "../factories/announcement-input";
import { createEditingFixture } from "../factories/editing-records";
import { useTestDatabase } from "../support/test-database";
import { fundingSupersedeForm, rescheduleForm } from "../support/edit-forms";
import { tableChecksums } from "../support/table-checksums";

const env = useTestDatabase({ app: true, actors: true });

const newSource = {
  title: "Fluidstack raises its first phase",
  publisher: "Les Echos",
  url: "https://www.lesechos.fr/fluidstack-phase-1",
  publishedOn: "2026-03-02",
  language: "fr",
  kind: "news",
  reliability: "secondary",
};

const idOf = (result: { status: string; data?: unknown }) => (result.data as { id: string }).id;

describe("a correction citing a new source", () => {
  it("creates the source and a published announcement with the correction, each audited", async () => {
    const fixture = await createEditingFixture(env.db, { slug: "inline-ok" });
    const result = await supersedeFundingClaimAction.invoke(
      env.editor,
      fundingSupersedeForm(fixture, {
        sourceId: "new",
        newSource,
        announcementId: "new",
        newAnnouncement: { title: "Phase 1 costs €12 billion", announcedOn: "" },
      }),
    );
    expect(result).toMatchObject({ status: "ok" });
    const claim = await env.db.fundingClaim.findUniqueOrThrow({
      where: { id: idOf(result) },
      include: { source: true, announcement: true },
    });
    expect(claim.source).toMatchObject({ title: newSource.title, publisher: "Les Echos", language: "fr", kind: "news" });
    expect(claim.source.publishedOn?.toISOString().slice(0, 10)).toBe("2026-03-02");
    expect(claim.announcement).toMatchObject({
      title: "Phase 1 costs €12 billion",
      programId: fixture.program.id,
      sourceId: claim.sourceId,
      publicationState: "published",
    });
    // Blank date: the source's.
    expect(claim.announcement?.announcedOn.toISOString().slice(0, 10)).toBe("2026-03-02");
    const audits = await env.db.auditEvent.findMany({ where: { entityId: { in: [claim.sourceId, claim.announcementId!] } } });
    expect(audits.map((a) => [a.entityType, a.action, a.actorId]).sort()).toEqual([
      ["Announcement", "create", env.editor.id],
      ["Source", "create", env.editor.id],
    ]);
  });

  it("ignores typed source fields when a source on file is chosen", async () => {
    const fixture = await createEditingFixture(env.db, { slug: "inline-ignored" });
    const sources = await env.db.source.count();
    const result = await supersedeFundingClaimAction.invoke(
      env.editor,
      fundingSupersedeForm(fixture, { newSource: { title: "" }, newAnnouncement: { title: "typed, then not chosen" } }),
    );
    expect(result).toMatchObject({ status: "ok" });
    expect(await env.db.source.count()).toBe(sources);
    expect((await env.db.fundingClaim.findUniqueOrThrow({ where: { id: idOf(result) } })).announcementId).toBeNull();
  });

  it("refuses an incomplete new source, and leaves no source behind when the correction is refused later", async () => {
    const fixture = await createEditingFixture(env.db, { slug: "inline-refused" });
    const before = await tableChecksums(env.db);
    const incomplete = await supersedeFundingClaimAction.invoke(
      env.editor,
      fundingSupersedeForm(fixture, { sourceId: "new", newSource: { ...newSource, title: " ", publishedOn: "" } }),
    );
    expect(incomplete).toMatchObject({
      status: "invalid",
      fieldErrors: { "newSource.title": ["Required."], "newSource.publishedOn": [expect.stringContaining("date")] },
    });
    const noAnnouncementTitle = await supersedeFundingClaimAction.invoke(
      env.editor,
      fundingSupersedeForm(fixture, { sourceId: "new", newSource, announcementId: "new", newAnnouncement: { title: "" } }),
    );
    expect(noAnnouncementTitle).toMatchObject({ status: "invalid", fieldErrors: { "newAnnouncement.title": ["Required."] } });
    // A new announcement citing a source that is not on file: a field error, not a database error.
    const unknownSource = await supersedeFundingClaimAction.invoke(
      env.editor,
      fundingSupersedeForm(fixture, {
        sourceId: "00000000-0000-4000-8000-000000000000",
        announcementId: "new",
        newAnnouncement: { title: "A" },
      }),
    );
    expect(unknownSource).toMatchObject({ status: "invalid", fieldErrors: { sourceId: ["Choose an existing source."] } });
    // Valid new source, but the claim changed since the form was loaded.
    const stale = await supersedeFundingClaimAction.invoke(
      env.editor,
      fundingSupersedeForm(fixture, { sourceId: "new", newSource, version: "9" }),
    );
    expect(stale.status).toBe("conflict");
    expect(await tableChecksums(env.db)).toEqual(before);
    // Valid new source, but "part of" a claim of another program.
    const other = await createEditingFixture(env.db, { slug: "inline-other" });
    const afterOther = await tableChecksums(env.db);
    const foreignParent = await supersedeFundingClaimAction.invoke(
      env.editor,
      fundingSupersedeForm(fixture, { sourceId: "new", newSource, parentId: other.fundingClaim.id }),
    );
    expect(foreignParent).toMatchObject({ status: "invalid", fieldErrors: { parentId: expect.any(Array) } });
    expect(await tableChecksums(env.db)).toEqual(afterOther);
  });
});

describe("a move citing a new source", () => {
  it("records the revision with the new source, created and audited in the same save", async () => {
    const fixture = await createEditingFixture(env.db, { slug: "inline-move" });
    const result = await rescheduleMilestoneAction.invoke(env.editor, rescheduleForm(fixture, { sourceId: "new", newSource }));
    expect(result).toMatchObject({ status: "ok" });
    const revisions = await env.db.milestoneRevision.findMany({
      where: { milestoneId: fixture.milestone.id },
      orderBy: { recordedAt: "asc" },
      include: { source: true },
    });
    expect(revisions.at(-1)!.source).toMatchObject({ title: newSource.title, publisher: "Les Echos" });
    const audit = await env.db.auditEvent.findFirstOrThrow({ where: { entityId: revisions.at(-1)!.sourceId } });
    expect(audit).toMatchObject({ entityType: "Source", action: "create" });
  });

  it("writes nothing when the move is refused", async () => {
    const fixture = await createEditingFixture(env.db, { slug: "inline-move-refused" });
    const before = await tableChecksums(env.db);
    const noReason = await rescheduleMilestoneAction.invoke(
      env.editor,
      rescheduleForm(fixture, { sourceId: "new", newSource, reason: "" }),
    );
    expect(noReason).toMatchObject({ status: "invalid", fieldErrors: { reason: expect.any(Array) } });
    const stale = await rescheduleMilestoneAction.invoke(env.editor, rescheduleForm(fixture, { sourceId: "new", newSource, version: "9" }));
    expect(stale.status).toBe("conflict");
    expect(await tableChecksums(env.db)).toEqual(before);
  });
});

describe("'part of' in the guided announcement form", () => {
  const claim = (label: string, amountText: string, parentId = "") => ({
    ...indiaMissionInput().fundingClaims[0]!,
    label,
    amountText,
    currency: "USD",
    isHeadline: false,
    parentId,
  });

  it("links per-recipient caps to the total of the same announcement, and a part to a claim on file", async () => {
    const fixture = await createEditingFixture(env.db, { slug: "inline-parts" });
    const input = indiaMissionInput({
      program: { mode: "existing", id: fixture.program.id },
      // The parts come first: the write creates the whole before them.
      fundingClaims: [
        claim("Cap for the first recipient", "up to 200 million", "item:2"),
        claim("Cap for the second recipient", "up to 300 million", "item:2"),
        claim("Total of the call", "1 billion"),
        claim("Share of the existing budget", "50 million", fixture.fundingClaim.id),
      ],
      capacityClaims: [],
      milestones: [],
      partners: [],
    });
    const result = await createAnnouncementAction.invoke(env.editor, input);
    expect(result).toMatchObject({ status: "ok" });
    const rows = await env.db.fundingClaim.findMany({
      where: { programId: fixture.program.id },
      select: { id: true, label: true, parentId: true },
    });
    const byLabel = new Map(rows.map((row) => [row.label, row]));
    const total = byLabel.get("Total of the call")!;
    expect(total.parentId).toBeNull();
    expect(byLabel.get("Cap for the first recipient")!.parentId).toBe(total.id);
    expect(byLabel.get("Cap for the second recipient")!.parentId).toBe(total.id);
    expect(byLabel.get("Share of the existing budget")!.parentId).toBe(fixture.fundingClaim.id);
  });

  it("refuses a loop, a missing item and a claim of another program, writing nothing", async () => {
    const fixture = await createEditingFixture(env.db, { slug: "inline-parts-refused" });
    const other = await createEditingFixture(env.db, { slug: "inline-parts-other" });
    const before = await tableChecksums(env.db);
    const base = { program: { mode: "existing", id: fixture.program.id }, capacityClaims: [], milestones: [], partners: [] };
    const loop = await createAnnouncementAction.invoke(
      env.editor,
      indiaMissionInput({ ...base, fundingClaims: [claim("A", "1 billion", "item:1"), claim("B", "2 billion", "item:0")] }),
    );
    expect(loop).toMatchObject({
      status: "invalid",
      fieldErrors: { "fundingClaims.0.parentId": [expect.stringContaining("parts of each other")] },
    });
    const missing = await createAnnouncementAction.invoke(
      env.editor,
      indiaMissionInput({ ...base, fundingClaims: [claim("A", "1 billion", "item:4")] }),
    );
    expect(missing).toMatchObject({ status: "invalid", fieldErrors: { "fundingClaims.0.parentId": expect.any(Array) } });
    const foreign = await createAnnouncementAction.invoke(
      env.editor,
      indiaMissionInput({ ...base, fundingClaims: [claim("A", "1 billion", other.fundingClaim.id)] }),
    );
    expect(foreign).toMatchObject({ status: "invalid", fieldErrors: { "fundingClaims.0.parentId": expect.any(Array) } });
    expect(await tableChecksums(env.db)).toEqual(before);
  });

  it("records an organisation that receives the program's money in the recipient role", async () => {
    const fixture = await createEditingFixture(env.db, { slug: "inline-recipient" });
    const input = indiaMissionInput({
      program: { mode: "existing", id: fixture.program.id },
      fundingClaims: [],
      capacityClaims: [],
      milestones: [],
    });
    const partners = (input as { partners: Array<Record<string, unknown>> }).partners.map((partner) => ({ ...partner, role: "recipient" }));
    const result = await createAnnouncementAction.invoke(env.editor, { ...input, partners });
    expect(result).toMatchObject({ status: "ok" });
    expect(await env.db.participation.count({ where: { programId: fixture.program.id, role: "recipient" } })).toBe(partners.length);
  });
});
