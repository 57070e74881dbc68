import { describe, expect, it } from "vitest";
import { toIsoDay } from "@/lib/core/dates";
import { idOf, keys } from "@/lib/seed/keys";
import { isUuid } from "@/lib/seed/stable-id";
import { input, milestone, programId, rows } from "./seed-rows";

const all = Object.values(rows).flat() as Array<Record<string, unknown> & { id: string }>;
const idsOf = (list: Array<{ id: string }>) => new Set(list.map((r) => r.id));

describe("row integrity", () => {
  it("gives every row a valid, unique id", () => {
    expect(all.every((r) => isUuid(r.id))).toBe(true);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
  });

  it("gives every claim, milestone, revision, participation, announcement and rate a mapped source", () => {
    const sources = idsOf(rows.sources);
    const cited = [
      ...rows.fundingClaims,
      ...rows.capacityClaims,
      ...rows.milestones,
      ...rows.milestoneRevisions,
      ...rows.participations,
      ...rows.announcements,
      ...rows.exchangeRates,
    ];
    expect(cited.filter((r) => !sources.has(r.sourceId))).toEqual([]);
  });

  it("points every reference at a mapped row", () => {
    const programs = idsOf(rows.programs);
    const organizations = idsOf(rows.organizations);
    const announcements = idsOf(rows.announcements);
    const funding = idsOf(rows.fundingClaims);
    const capacity = idsOf(rows.capacityClaims);
    for (const r of [...rows.announcements, ...rows.participations, ...rows.fundingClaims, ...rows.capacityClaims, ...rows.milestones])
      expect(programs.has(r.programId)).toBe(true);
    for (const p of rows.participations) expect(organizations.has(p.organizationId)).toBe(true);
    for (const p of rows.programs) expect(p.leadOrganizationId === null || organizations.has(p.leadOrganizationId)).toBe(true);
    for (const r of [...rows.fundingClaims, ...rows.capacityClaims, ...rows.milestones, ...rows.milestoneRevisions]) {
      expect(r.announcementId === null || announcements.has(r.announcementId)).toBe(true);
    }
    for (const c of rows.fundingClaims) for (const ref of [c.parentId, c.supersedesId]) expect(ref === null || funding.has(ref)).toBe(true);
    for (const c of rows.capacityClaims)
      for (const ref of [c.parentId, c.supersedesId]) expect(ref === null || capacity.has(ref)).toBe(true);
    expect(new Set(rows.milestoneRevisions.map((r) => r.milestoneId))).toEqual(idsOf(rows.milestones));
  });

  it("fits every text into its column", () => {
    const limits: Array<[Array<Record<string, unknown>>, Record<string, number>]> = [
      [rows.sources, { title: 500, publisher: 300, publishedNote: 300, reliabilityNote: 300, url: 2048, ref: 100, seedDocument: 200 }],
      [rows.organizations, { slug: 100, name: 200 }],
      [rows.programs, { slug: 100, name: 200, nameFr: 200, region: 100, country: 100 }],
      [rows.announcements, { title: 300 }],
      [
        [...rows.fundingClaims, ...rows.capacityClaims],
        { label: 300, scope: 300, confidenceNote: 500, periodText: 200, unit: 40, unitDetail: 200 },
      ],
      [rows.milestones, { title: 300, dueText: 100, anchorLabel: 300 }],
      [rows.exchangeRates, { series: 200 }],
    ];
    for (const [list, columns] of limits) {
      for (const row of list)
        for (const [column, max] of Object.entries(columns)) {
          const value = row[column];
          if (typeof value === "string") expect(value.length, `${column}: ${value}`).toBeLessThanOrEqual(max);
        }
    }
  });

  it("never leaves a source without a URL or a document", () => {
    expect(rows.sources.filter((s) => !s.url && !s.seedDocument)).toEqual([]);
    expect(rows.sources.filter((s) => s.url && !/^https?:\/\//.test(s.url))).toEqual([]);
  });
});

describe("programs and sources", () => {
  it("maps the five programs as published, with fixed timestamps", () => {
    expect(rows.programs.map((p) => [p.slug, p.kind, p.status, p.country])).toEqual([
      ["genesis-mission", "public", "active", "United States"],
      ["atom-project", "proposal", "proposed", "United States"],
      ["stargate", "private", "under_construction", "United States"],
      ["fluidstack-france", "public_private", "announced", "France"],
      ["eurohpc-ai-factories", "public_private", "active", "European Union"],
    ]);
    for (const p of rows.programs) expect(p.publishedAt).toEqual(p.announcedOn);
    const atom = rows.programs.find((p) => p.slug === "atom-project")!;
    expect(atom.leadOrganizationId).toBeNull();
    expect(atom.summary).toMatch(/advocacy memo/i);
    // Dated by the Lambert talk of 2026-05-21 (correction 11 of updates_2026_notes.md; it read "2026 (Lambert talk slides)").
    expect(atom.statusAsOf).toEqual(new Date("2026-05-21T00:00:00.000Z"));
    const genesis = rows.programs.find((p) => p.slug === "genesis-mission")!;
    expect(genesis).toMatchObject({
      name: "Genesis Mission",
      nameFr: "Mission Genesis",
      leadOrganizationId: idOf(keys.organization("u-s-department-of-energy")),
    });
    expect(genesis.aliases).toContain("Projet Genesis");
    // The research file glosses an alias for editors, naming a seed file: readers get the alias alone.
    const stargate = rows.programs.find((p) => p.slug === "stargate")!;
    expect(stargate.aliases).toContain("« Porte des étoiles »");
    expect(stargate.aliases.join(" ")).not.toMatch(/graine|seed/i);
  });

  it("deduplicates sources by ref and adds the seed documents and FX sources", () => {
    const refs = rows.sources.map((s) => s.ref);
    expect(new Set(refs).size).toBe(refs.length);
    const seeds = rows.sources.filter((s) => s.kind === "seed_document");
    expect(seeds.map((s) => [s.seedDocument?.slice(0, 3), s.reliability, s.language])).toEqual([
      ["000", "unreliable", "fr"],
      ["001", "low", "fr"],
      ["002", "secondary", "fr"],
      ["003", "secondary", "fr"],
      ["004", "low", "fr"],
    ]);
    expect(rows.sources.find((s) => s.ref === "G_EO")).toMatchObject({
      reliability: "primary",
      kind: "official_document",
      publishedPrecision: "day",
    });
    expect(rows.sources.find((s) => s.ref === "G_GOVREP")).toMatchObject({
      publishedOn: null,
      publishedNote: "undated (after 2025-11-28)",
    });
    expect(rows.sources.find((s) => s.ref === "FED_G5A_2024")).toMatchObject({ kind: "dataset", reliability: "primary" });
  });
});

describe("milestones", () => {
  it("resolves Genesis's relative deadlines to the dates the research file computed", () => {
    const relative = input.programs[0]!.milestones.filter((m) => m.relativeDeadline && /^\d{4}/.test(m.relativeDeadline.from));
    expect(relative).toHaveLength(6);
    for (const raw of relative) {
      const row = milestone("us-genesis-mission", raw.title);
      expect(toIsoDay(row.dueOn!)).toBe(raw.dueDate);
      expect(row).toMatchObject({ anchorLabel: "Executive Order 14363 signed", relativeDays: raw.relativeDeadline!.days });
    }
    const undated = milestone("us-genesis-mission", "APST/NSTC expands and finalises the challenge list (then annual update)");
    expect(undated).toMatchObject({ dueOn: null, relativeDays: 30, anchorLabel: "date DOE submits the challenge list" });
  });

  it("maps statuses, completion and seed milestones", () => {
    const challenges = milestone("us-genesis-mission", "Identify at least 20 national science and technology challenges (Sec. 4)");
    expect(challenges.status).toBe("completed");
    expect(toIsoDay(challenges.completedOn!)).toBe("2026-02-12");
    expect(challenges.statusDetail).toMatch(/^met late \(publicly\) — /);
    // Rhetoric and a list of fabricated outputs are not milestones: no event is due.
    const atomTitles = rows.milestones.filter((m) => m.programId === programId("us-atom-project")).map((m) => m.title);
    expect(atomTitles).toEqual(["ATOM memo published and signature campaign opened"]);
    expect(milestone("eu-eurohpc-ai-factories-investai", "Gigafactories operational")).toMatchObject({
      duePrecision: "year",
      dueText: "2027–2028",
    });
  });

  it("keeps each milestone's original due date in one revision", () => {
    for (const m of rows.milestones) {
      const revision = rows.milestoneRevisions.find((r) => r.milestoneId === m.id)!;
      expect(revision).toMatchObject({ dueOn: m.dueOn, duePrecision: m.duePrecision, dueText: m.dueText, sourceId: m.sourceId });
    }
  });
});

describe("announcements and links", () => {
  it("has a launch per program and one per dated completion", () => {
    const launches = rows.programs.map((p) =>
      rows.announcements.find((a) => a.programId === p.id && a.announcedOn.getTime() === p.announcedOn.getTime()),
    );
    expect(launches.every(Boolean)).toBe(true);
    const perDay = rows.announcements.map((a) => `${a.programId}:${toIsoDay(a.announcedOn)}`);
    expect(new Set(perDay).size).toBe(perDay.length);
  });

  it("links claims dated on an announcement's day to it", () => {
    const awards = rows.fundingClaims.find((c) => c.isHeadline && c.programId === programId("us-genesis-mission"))!;
    const announcement = rows.announcements.find((a) => a.id === awards.announcementId)!;
    expect(toIsoDay(announcement.announcedOn)).toBe("2025-12-10");
  });
});

describe("participations and exchange rates", () => {
  it("has one participation per program, organisation and role", () => {
    const triples = rows.participations.map((p) => `${p.programId}:${p.organizationId}:${p.role}`);
    expect(new Set(triples).size).toBe(triples.length);
    const openAiGenesis = rows.participations.filter(
      (p) => p.programId === programId("us-genesis-mission") && p.organizationId === idOf(keys.organization("openai")),
    );
    expect(openAiGenesis).toHaveLength(1);
    expect(openAiGenesis[0]!.roleDetail).toContain("Venado");
  });

  it("records seed 000's Google, Meta and Microsoft as disputed", () => {
    const disputed = rows.participations.filter((p) => p.programId === programId("us-atom-project") && p.confidence === "disputed");
    const slugs = disputed.map((p) => rows.organizations.find((o) => o.id === p.organizationId)!.slug);
    expect(slugs).toEqual(["google", "meta", "microsoft"]);
    expect(disputed.every((p) => p.sourceId === idOf(keys.source("SEED000")))).toBe(true);
  });

  it("stores annual averages as published and pegs as pegs", () => {
    expect(rows.exchangeRates).toHaveLength(30);
    expect(rows.exchangeRates.find((r) => r.currency === "EUR" && r.year === 2025)).toMatchObject({
      rateKind: "annual_average",
      usdPerUnit: "1.13",
      unitsPerUsd: "0.884969",
    });
    const sar = rows.exchangeRates.find((r) => r.currency === "SAR" && r.year === 2024)!;
    expect(sar).toMatchObject({
      rateKind: "official_peg",
      unitsPerUsd: "3.75",
      usdPerUnit: "0.2666666667",
      sourceId: idOf(keys.source("PEG_SAR")),
    });
    expect(sar.note).toMatch(/policy choice/);
    expect(rows.exchangeRates.find((r) => r.currency === "AED" && r.year === 2023)).toMatchObject({
      usdPerUnit: "0.2722940776",
      sourceId: idOf(keys.source("PEG_AED")),
    });
  });
});
