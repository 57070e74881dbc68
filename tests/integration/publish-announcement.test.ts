import { describe, expect, it } from "vitest";
import { publishAnnouncementAction, unpublishAnnouncementAction } from "../../lib/actions/definitions/announcements";
import { getAnnouncementForReview } from "../../lib/data/announcement-review";
import { listDraftAnnouncements } from "../../lib/data/admin/draft-announcements";
import { listProgramsForEditors } from "../../lib/data/admin/program-records";
import { listActivity } from "../../lib/data/audit";
import { listPublishedPrograms } from "../../lib/data/programs";
import { createAnnouncement } from "../../lib/editing/create-announcement";
import { announcementSchema } from "../../lib/schemas/announcement";
import { indiaMissionInput } from "../factories/announcement-input";
import { useTestDatabase } from "../support/test-database";
import { tableChecksums } from "../support/table-checksums";

const { db, editor } = useTestDatabase({ seeded: true, app: true, actors: true });

async function draftOfNewProgram(slug: string, overrides: Record<string, unknown> = {}) {
  const input = indiaMissionInput({
    intent: "draft",
    program: { ...indiaMissionInput().program, slug, name: slug },
    partners: [],
    ...overrides,
  });
  return createAnnouncement(db, editor, announcementSchema.parse(input));
}

describe("publishing a draft", () => {
  it("publishes the announcement and its draft program at the version the editor saw, with audit events", async () => {
    const draft = await draftOfNewProgram("draft-then-published");
    expect((await listPublishedPrograms(db)).map((p) => p.slug)).not.toContain("draft-then-published");
    expect((await listDraftAnnouncements(db)).map((d) => d.id)).toContain(draft.announcementId);

    const result = await publishAnnouncementAction.invoke(editor, { id: draft.announcementId, version: "1" });
    expect(result).toEqual({
      status: "ok",
      data: {
        announcementId: draft.announcementId,
        programSlug: "draft-then-published",
        publicationState: "published",
        // Published now, with its program: it shows in no past view, so every past view stays.
        affectedFrom: new Date().toISOString().slice(0, 10),
      },
    });

    const announcement = await db.announcement.findUniqueOrThrow({ where: { id: draft.announcementId }, include: { program: true } });
    expect(announcement).toMatchObject({ publicationState: "published", version: 2 });
    expect(announcement.program).toMatchObject({ publicationState: "published", version: 2 });
    const published = (await listPublishedPrograms(db)).find((p) => p.slug === "draft-then-published");
    expect(published?.headlineFunding[0]?.money.usd.ok).toBe(true);

    const events = await db.auditEvent.findMany({ where: { action: "publish", actorId: editor.id } });
    expect(events.map((e) => e.entityType).sort()).toEqual(["Announcement", "Program"]);
    const announcementEvent = events.find((e) => e.entityType === "Announcement")!;
    expect(announcementEvent.before).toMatchObject({ publicationState: "draft", version: 1, publishedAt: null });
    expect(announcementEvent.after).toMatchObject({ publicationState: "published", version: 2 });
    expect((await listActivity(db, { page: 1, pageSize: 3 })).events.map((e) => e.action)).toContain("publish");
  });

  it("refuses a stale version with the conflict message and changes nothing", async () => {
    const draft = await draftOfNewProgram("stale-publish");
    const before = await tableChecksums(db);
    expect(await publishAnnouncementAction.invoke(editor, { id: draft.announcementId, version: 7 })).toMatchObject({
      status: "conflict",
      message: expect.stringMatching(/Reload to compare/),
    });
    expect(await db.announcement.findUniqueOrThrow({ where: { id: draft.announcementId } })).toMatchObject({
      publicationState: "draft",
      version: 1,
    });
    expect(await tableChecksums(db)).toEqual(before);
  });

  it("lets exactly one of two simultaneous publishes win", async () => {
    const draft = await draftOfNewProgram("race-publish");
    const results = await Promise.all([1, 2].map(() => publishAnnouncementAction.invoke(editor, { id: draft.announcementId, version: 1 })));
    expect(results.map((r) => r.status).sort()).toEqual(["conflict", "ok"]);
    expect(await db.auditEvent.count({ where: { entityId: draft.announcementId, action: "publish" } })).toBe(1);
  });

  it("does not publish a figure whose year has no reference rate, and says why", async () => {
    const draft = await draftOfNewProgram("no-rate-yet", {
      fundingClaims: [{ ...indiaMissionInput().fundingClaims[0]!, asOf: "2019-05-01" }],
    });
    const result = await publishAnnouncementAction.invoke(editor, { id: draft.announcementId, version: 1 });
    expect(result).toMatchObject({ status: "invalid", formError: expect.stringMatching(/No reference rate for INR in 2019/) });
    expect(await db.announcement.findUniqueOrThrow({ where: { id: draft.announcementId } })).toMatchObject({
      publicationState: "draft",
      version: 1,
    });
  });

  it("takes a published announcement back to draft, and its figures off the public pages", async () => {
    const draft = await draftOfNewProgram("published-then-withdrawn");
    await publishAnnouncementAction.invoke(editor, { id: draft.announcementId, version: 1 });
    expect(await unpublishAnnouncementAction.invoke(editor, { id: draft.announcementId, version: 2 })).toMatchObject({ status: "ok" });
    const program = (await listPublishedPrograms(db)).find((p) => p.slug === "published-then-withdrawn");
    expect(program?.headlineFunding).toEqual([]);
    expect(await unpublishAnnouncementAction.invoke(editor, { id: draft.announcementId, version: 3 })).toMatchObject({
      status: "invalid",
      formError: "This announcement is already a draft.",
    });
  });

  it("answers not found for an unknown announcement, and refuses no session and bad input", async () => {
    const before = await tableChecksums(db);
    expect(await publishAnnouncementAction.invoke(editor, { id: "00000000-0000-4000-8000-000000000000", version: 1 })).toMatchObject({
      status: "not_found",
    });
    expect(await publishAnnouncementAction.invoke(null, { id: "00000000-0000-4000-8000-000000000000", version: 1 })).toMatchObject({
      status: "unauthenticated",
    });
    expect(await publishAnnouncementAction.invoke(editor, { id: "<script>", version: "NaN" })).toMatchObject({ status: "invalid" });
    expect(await tableChecksums(db)).toEqual(before);
  });
});

describe("what editors read", () => {
  it("reviews a draft with each figure as the public pages print it, and lists programs with drafts", async () => {
    const draft = await draftOfNewProgram("review-me");
    const review = await getAnnouncementForReview(db, draft.announcementId);
    expect(review).toMatchObject({ publicationState: "draft", version: 1, program: { slug: "review-me", publicationState: "draft" } });
    expect(review!.fundingClaims[0]!.money.text).toBe("₹10,000–10,371.92\u00a0crore");
    expect(review!.fundingClaims[0]!.money.usd.ok && review!.fundingClaims[0]!.money.usd.sentence).toContain("2024 average INR/USD rate");
    expect(review!.milestones[0]).toMatchObject({ dueOn: "2024-06-05", relativeDays: 90, anchorOn: "2024-03-07" });
    expect(await getAnnouncementForReview(db, "00000000-0000-4000-8000-000000000000")).toBeNull();
    const programs = await listProgramsForEditors(db);
    expect(programs.find((p) => p.slug === "review-me")).toMatchObject({ publicationState: "draft", announcements: 1 });
  });
});
