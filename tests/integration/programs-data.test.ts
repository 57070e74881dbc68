import { describe, expect, it } from "vitest";
import { listPublishedPrograms } from "../../lib/data/programs";
import { createEuroRate, createProgram, createSource } from "../factories/records";
import { useTestDatabase } from "../support/test-database";

const { db } = useTestDatabase();

describe("listPublishedPrograms", () => {
  it("shows published programs only, each headline figure in its currency, in USD and with its source", async () => {
    await createEuroRate(db, 2025, "1.13");
    const source = await createSource(db, { publisher: "Élysée" });
    const shown = await createProgram(db, { slug: "shown" });
    await createProgram(db, { slug: "draft", publicationState: "draft" });
    await createProgram(db, { slug: "deleted", deletedAt: new Date() });
    const base = { programId: shown.id, currency: "EUR", kind: "private_investment", confidence: "verified", sourceId: source.id } as const;
    await db.fundingClaim.create({
      data: { ...base, label: "Phase 1", shape: "exact", amount: "10000000000", asOf: new Date("2025-02-10"), isHeadline: true },
    });
    await db.fundingClaim.create({ data: { ...base, label: "Not the headline", shape: "exact", amount: "5", isHeadline: false } });

    const programs = await listPublishedPrograms(db);

    expect(programs.map((p) => p.slug)).toEqual(["shown"]);
    const [claim] = programs[0]!.headlineFunding;
    expect(programs[0]!.headlineFunding).toHaveLength(1);
    expect(claim!.money.text).toBe("€10\u00a0bn");
    expect(claim!.money.usd).toMatchObject({ ok: true, rateYear: 2025 });
    expect(claim!.money.usd.ok && claim!.money.usd.figure.amount).toBe("11300000000.00");
    expect(claim!.money.usd.ok && claim!.money.usd.sentence).toContain("2025 average EUR/USD rate (ECB)");
    expect(claim!.source).toMatchObject({ publisher: "Élysée", publishedOn: "2025-03-01" });
  });

  it("says so instead of converting when no rate exists for the year or before", async () => {
    const source = await createSource(db);
    const program = await createProgram(db, { slug: "yen-program" });
    await db.fundingClaim.create({
      data: {
        programId: program.id,
        currency: "JPY",
        kind: "pledged",
        confidence: "reported",
        sourceId: source.id,
        label: "Yen",
        shape: "exact",
        amount: "1000000000",
        asOf: new Date("2025-06-04"),
        isHeadline: true,
      },
    });
    const programs = await listPublishedPrograms(db);
    const usd = programs.find((p) => p.slug === "yen-program")!.headlineFunding[0]!.money.usd;
    expect(usd.ok).toBe(false);
    expect(!usd.ok && usd.message).toMatch(/JPY/);
  });
});
