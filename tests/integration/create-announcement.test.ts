import { describe, expect, it } from "vitest";
import { createAnnouncementAction } from "../../lib/actions/definitions/announcements";
import { listPublishedPrograms } from "../../lib/data/programs";
import { createAnnouncement } from "../../lib/editing/create-announcement";
import { announcementSchema } from "../../lib/schemas/announcement";
import { indiaMissionInput } from "../factories/announcement-input";
import { useTestDatabase } from "../support/test-database";
import { tableChecksums } from "../support/table-checksums";
import { tableCounts } from "../support/table-counts";

const { db, editor } = useTestDatabase({ seeded: true, app: true, actors: true });

const parse = (input: unknown) => announcementSchema.parse(input);
const day = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? null;

describe("createAnnouncement", () => {
  it("publishes a new program with an INR crore range, a relative deadline and a new partner, each row audited", async () => {
    const before = await tableCounts(db);
    const created = await createAnnouncement(db, editor, parse(indiaMissionInput()));

    expect(created).toMatchObject({ programSlug: "indiaai-mission", publicationState: "published" });
    const program = await db.program.findUniqueOrThrow({ where: { slug: "indiaai-mission" } });
    expect(program).toMatchObject({ publicationState: "published", country: "India" });
    expect(program.publishedAt).not.toBeNull();
    expect(day(program.announcedOn)).toBe("2024-03-07");

    const announcement = await db.announcement.findUniqueOrThrow({ where: { id: created.announcementId } });
    expect(announcement).toMatchObject({ publicationState: "published", title: "IndiaAI Mission approved", programId: program.id });
    expect(day(announcement.announcedOn)).toBe("2024-03-07");

    const [claim] = await db.fundingClaim.findMany({ where: { announcementId: announcement.id } });
    expect(claim).toMatchObject({
      shape: "range",
      currency: "INR",
      amount: null,
      kind: "appropriated",
      isHeadline: true,
      sourceId: announcement.sourceId,
    });
    expect([claim!.amountLow?.toString(), claim!.amountHigh?.toString()]).toEqual(["100000000000", "103719200000"]);

    const [milestone] = await db.milestone.findMany({ where: { announcementId: announcement.id }, include: { revisions: true } });
    expect(milestone).toMatchObject({ relativeDays: 90, anchorLabel: "cabinet approval", duePrecision: "day" });
    expect([day(milestone!.anchorOn), day(milestone!.dueOn)]).toEqual(["2024-03-07", "2024-06-05"]);
    expect(milestone!.revisions.map((r) => [day(r.dueOn), r.relativeDays])).toEqual([["2024-06-05", 90]]);

    const partner = await db.participation.findFirstOrThrow({
      where: { announcementId: announcement.id },
      include: { organization: true },
    });
    expect(partner).toMatchObject({ role: "lead", contribution: "Runs the mission" });
    expect(partner.organization).toMatchObject({ slug: "ministry-of-electronics-and-it", kind: "government" });

    const after = await tableCounts(db);
    const added = Object.fromEntries(Object.keys(after).map((table) => [table, after[table]! - before[table]!]));
    expect(added).toEqual({
      source: 1,
      program: 1,
      announcement: 1,
      funding_claim: 1,
      capacity_claim: 1,
      milestone: 1,
      milestone_revision: 1,
      organization: 1,
      participation: 1,
      exchange_rate: 0,
      program_status_change: 0,
      audit_event: 9,
    });
    const events = await db.auditEvent.findMany({ where: { actorId: editor.id }, orderBy: { occurredAt: "asc" } });
    expect(events.every((event) => event.action === "create" && event.actorLabel === editor.email && event.before === null)).toBe(true);
    expect(events.map((event) => event.entityType).sort()).toEqual([
      "Announcement",
      "CapacityClaim",
      "FundingClaim",
      "Milestone",
      "MilestoneRevision",
      "Organization",
      "Participation",
      "Program",
      "Source",
    ]);
    const fundingEvent = events.find((event) => event.entityType === "FundingClaim")!;
    expect(fundingEvent.entityId).toBe(claim!.id);
    expect(fundingEvent.after).toMatchObject({ currency: "INR", amountLow: "100000000000", amountHigh: "103719200000", shape: "range" });

    // On the next read of the public data: the program, its figure in rupees, in dollars, with its source.
    const india = (await listPublishedPrograms(db)).find((p) => p.slug === "indiaai-mission");
    const headline = india?.headlineFunding[0];
    expect(headline?.money.text).toBe("₹10,000–10,371.92\u00a0crore");
    expect(headline?.money.usd.ok && headline.money.usd.sentence).toContain("2024 average INR/USD rate");
    expect(headline?.source.publisher).toBe("Press Information Bureau");
  });

  // Issue 15: money stated for a fiscal year converts at the rate of the year it is stated for.
  it("converts a fiscal year's money at the rate of the calendar year holding most of it, and says so", async () => {
    const base = indiaMissionInput();
    const [claim] = base.fundingClaims;
    const input = indiaMissionInput({
      program: { ...base.program, name: "IndiaAI compute budget", slug: "indiaai-compute-budget" },
      partners: [],
      milestones: [],
      capacityClaims: [],
      // Announced in the Union Budget of February 2025, for the fiscal year April 2024 – March 2025.
      fundingClaims: [
        {
          ...claim,
          label: "Compute budget",
          amountText: "₹551.75 crore",
          currency: "",
          asOf: "2025-02-01",
          periodStart: "",
          periodEnd: "",
        },
      ].map((funding) => ({ ...funding, periodText: "FY2024-25 (April–March)" })),
    });
    await createAnnouncement(db, editor, parse(input));
    const budget = (await listPublishedPrograms(db)).find((p) => p.slug === "indiaai-compute-budget");
    const usd = budget?.headlineFunding[0]?.money.usd;
    expect(usd?.ok && usd.rateYear).toBe(2024);
    expect(usd?.ok && usd.sentence).toMatch(
      /at the 2024 average INR\/USD rate \(.+\), the year holding most of FY2024-25 \(April 2024–March 2025\)$/,
    );
  });

  it("keeps a draft off the public pages until it is published, and leaves the program as it was", async () => {
    const genesis = await db.program.findUniqueOrThrow({ where: { slug: "genesis-mission" } });
    const input = indiaMissionInput({
      intent: "draft",
      program: { mode: "existing", id: genesis.id },
      partners: [],
      fundingClaims: [
        { ...indiaMissionInput().fundingClaims[0]!, label: "Draft figure", amountText: "$7 bn", currency: "", asOf: "2025-12-01" },
      ],
    });
    const created = await createAnnouncement(db, editor, parse(input));
    expect(created.publicationState).toBe("draft");
    const announcement = await db.announcement.findUniqueOrThrow({ where: { id: created.announcementId } });
    expect(announcement).toMatchObject({ publicationState: "draft", publishedAt: null });
    expect(await db.program.findUniqueOrThrow({ where: { id: genesis.id } })).toMatchObject({
      version: genesis.version,
      publicationState: "published",
    });
    const shown = (await listPublishedPrograms(db)).find((p) => p.slug === "genesis-mission");
    expect(shown?.headlineFunding.map((c) => c.label)).not.toContain("Draft figure");
  });

  it("creates a new organisation once when it is listed in two roles", async () => {
    const partner = indiaMissionInput().partners[0]!;
    const input = indiaMissionInput({
      intent: "draft",
      program: { ...indiaMissionInput().program, name: "Two roles", slug: "two-roles" },
      partners: [partner, { ...partner, role: "funder" }],
    });
    input.partners[0]!.organization = { ...partner.organization, name: "Both Roles Ltd", slug: "both-roles" };
    input.partners[1]!.organization = { ...partner.organization, name: "Both Roles Ltd", slug: "both-roles" };
    const created = await createAnnouncement(db, editor, parse(input));
    const rows = await db.participation.findMany({ where: { announcementId: created.announcementId } });
    expect(new Set(rows.map((row) => row.organizationId)).size).toBe(1);
    expect(rows.map((row) => row.role).sort()).toEqual(["funder", "lead"]);
  });
});

describe("createAnnouncementAction refuses, and writes nothing", () => {
  const refusals: Array<[string, () => Promise<unknown>, string]> = [
    [
      "an unknown currency",
      async () => indiaMissionInput({ fundingClaims: [{ ...indiaMissionInput().fundingClaims[0]!, amountText: "5 bn", currency: "XYZ" }] }),
      "fundingClaims.0.currency",
    ],
    [
      "a program slug already taken",
      async () => indiaMissionInput({ program: { ...indiaMissionInput().program, slug: "stargate" } }),
      "program.slug",
    ],
    [
      "an organisation slug already taken",
      async () => {
        const input = indiaMissionInput({ program: { ...indiaMissionInput().program, slug: "fresh-program" } });
        input.partners[0]!.organization = { ...input.partners[0]!.organization, slug: "ministry-of-electronics-and-it" };
        return input;
      },
      "partners.0.organization.slug",
    ],
    [
      "a partner already recorded in that role",
      async () => {
        const participation = await db.participation.findFirstOrThrow({ where: { deletedAt: null } });
        return indiaMissionInput({
          intent: "draft",
          program: { mode: "existing", id: participation.programId },
          partners: [
            {
              ...indiaMissionInput().partners[0]!,
              organization: { mode: "existing", id: participation.organizationId },
              role: participation.role,
            },
          ],
        });
      },
      "partners.0.role",
    ],
    [
      "a figure with no rate for its year, when publishing",
      async () =>
        indiaMissionInput({
          program: { ...indiaMissionInput().program, slug: "old-mission" },
          fundingClaims: [{ ...indiaMissionInput().fundingClaims[0]!, asOf: "2019-05-01" }],
        }),
      "fundingClaims.0.currency",
    ],
    [
      "a deleted program",
      async () => {
        const gone = await db.program.create({
          data: {
            slug: "gone",
            name: "Gone",
            country: "X",
            region: "Y",
            kind: "public",
            status: "cancelled",
            announcedOn: new Date("2024-01-01"),
            summary: "s",
            deletedAt: new Date(),
          },
        });
        return indiaMissionInput({ intent: "draft", program: { mode: "existing", id: gone.id } });
      },
      "program.id",
    ],
    [
      "a range whose low end is above its high end",
      async () => indiaMissionInput({ fundingClaims: [{ ...indiaMissionInput().fundingClaims[0]!, amountText: "3–2 bn" }] }),
      "fundingClaims.0.amountText",
    ],
    [
      "a javascript: source URL",
      async () => indiaMissionInput({ source: { ...indiaMissionInput().source, url: "javascript:alert(1)" } }),
      "source.url",
    ],
  ];

  it.each(refusals)("%s", async (_name, build, field) => {
    const input = await build();
    const before = await tableChecksums(db);
    const result = await createAnnouncementAction.invoke(editor, input);
    expect(result.status).toBe("invalid");
    expect(result.status === "invalid" && Object.keys(result.fieldErrors)).toContain(field);
    expect(await tableChecksums(db)).toEqual(before);
  });

  it("saves a figure with no rate for its year as a draft, saying so only at publication", async () => {
    const input = indiaMissionInput({
      intent: "draft",
      program: { ...indiaMissionInput().program, slug: "old-mission-draft" },
      partners: [],
      fundingClaims: [{ ...indiaMissionInput().fundingClaims[0]!, asOf: "2019-05-01" }],
    });
    expect(await createAnnouncementAction.invoke(editor, input)).toMatchObject({ status: "ok", data: { publicationState: "draft" } });
  });

  it("refuses no session and a user row that is not an editor, before reading the input", async () => {
    const before = await tableChecksums(db);
    expect((await createAnnouncementAction.invoke(null, indiaMissionInput())).status).toBe("unauthenticated");
    expect((await createAnnouncementAction.invoke({ ...editor, role: "viewer" as never }, indiaMissionInput())).status).toBe("forbidden");
    expect(await tableChecksums(db)).toEqual(before);
  });
});
