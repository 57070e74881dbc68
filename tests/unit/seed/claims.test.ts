import { describe, expect, it } from "vitest";
import { idOf, keys } from "@/lib/seed/keys";
import { capacityClaim, fundingClaim, programId, rows } from "./seed-rows";

const genesis = "us-genesis-mission";
const atom = "us-atom-project";
const stargate = "us-stargate";
const fluidstack = "fr-fluidstack-ai-supercomputer";
const investAi = "eu-eurohpc-ai-factories-investai";

// Lines read as the research file states them: what is checked, the line (looked up in its own test, so a label
// the file lost fails that case alone), the fields it must have.
const lines: [string, () => object, object][] = [
  [
    "InvestAI: a mobilisation target beside the program",
    () => fundingClaim(investAi, "InvestAI: investment to mobilise for AI"),
    { kind: "mobilisation_target", claimScope: "related" },
  ],
  [
    "AWS's money: up to, private, beside the program",
    () => fundingClaim(genesis, "AWS investment in AI/HPC capacity for U.S. government agencies"),
    { shape: "up_to", kind: "private_investment", claimScope: "related" },
  ],
  [
    "ATOM's initial budget: a range, no single amount",
    () => fundingClaim(atom, "Seed 000 claim: initial budget"),
    { shape: "range", amount: null, amountLow: "200000000", amountHigh: "300000000" },
  ],
  [
    "Oracle's equity in Stargate: approximate, committed, reported",
    () => fundingClaim(stargate, "Reported equity commitment – Oracle"),
    { shape: "approximate", kind: "committed", confidence: "reported" },
  ],
  [
    "the second wave of AI Factories: approximate",
    () => fundingClaim(investAi, "Second wave: six AI Factories (AT, BG, FR, DE, PL, SI)"),
    { shape: "approximate" },
  ],
  [
    "seed 003's own USD conversion of the €10bn, beside the claim, with its source",
    () => fundingClaim(fluidstack, "Initial investment for Phase 1"),
    {
      currency: "EUR",
      amount: "10000000000",
      statedConversionAmount: "10300000000",
      statedConversionCurrency: "USD",
      statedConversionSourceId: idOf(keys.source("SEED003")),
    },
  ],
  [
    "power in MW: Abilene's campus, stated in GW",
    () => capacityClaim(stargate, "Abilene (Stargate I) campus power"),
    { metric: "power", unit: "MW", value: "1200", unitDetail: "GW" },
  ],
  [
    "power in MW: the dropped Abilene expansion, a range",
    () => capacityClaim(stargate, "Abilene expansion dropped (capacity later leased by Microsoft)"),
    { shape: "range", value: "700", valueLow: "600", valueHigh: "900" },
  ],
  [
    "power in MW: Fluidstack's first tranche",
    () => capacityClaim(fluidstack, "First tranche of power connected by end-2026 (WSJ)"),
    { value: "250", unit: "MW" },
  ],
  [
    "compute with its precision: Solstice + Equinox",
    () => capacityClaim(genesis, "Solstice + Equinox combined AI performance (vendor figure)"),
    { metric: "compute", unit: "EFLOPS", precision: "mixed_ai", confidence: "unverified" },
  ],
];

describe("lines read as the research file states them", () => {
  it.each(lines)("%s", (_checked, line, fields) => {
    expect(line()).toMatchObject(fields);
  });
});

describe("funding claims", () => {
  it("keeps every budget line and none of the amounts as floats", () => {
    // 39 budget lines less Fluidstack's "Phase 1 = 25% of the total", which states no total.
    expect(rows.fundingClaims).toHaveLength(38);
    for (const claim of rows.fundingClaims) {
      for (const value of [claim.amount, claim.amountLow, claim.amountHigh])
        expect(value === null || /^\d+(\.\d+)?$/.test(value)).toBe(true);
    }
  });

  it("points 'of which' lines at the line above them", () => {
    const awards = rows.fundingClaims.find((c) => c.isHeadline && c.programId === programId(genesis))!;
    const parts = rows.fundingClaims.filter((c) => c.parentId === awards.id).map((c) => c.label);
    expect(parts).toEqual([
      "of which American Science Cloud (AmSC), four national labs",
      "of which Transformational AI Models Consortium (ModCon), Argonne",
      "of which SciDAC (per Lockwood's breakdown)",
      "of which DIII-D fusion facility (per Lockwood's breakdown)",
    ]);
    const firstSeven = fundingClaim(investAi, "First seven AI Factories (EU + national)");
    expect(fundingClaim(investAi, "  EU share of the first seven").parentId).toBe(firstSeven.id);
    expect(awards.parentId).toBeNull();
  });

  it("reads shapes, kinds, confidence and periods", () => {
    const awards = rows.fundingClaims.find((c) => c.isHeadline && c.programId === programId(genesis))!;
    expect(awards).toMatchObject({ shape: "at_least", amount: "320000000", kind: "appropriated", confidence: "verified" });
    expect(awards.periodStart?.toISOString().slice(0, 10)).toBe("2025-12-01");
    const scidac = fundingClaim(genesis, "  of which SciDAC (per Lockwood's breakdown)");
    expect(scidac.confidence).toBe("reported");
    // The research file's verification text is for editors; no reader sentence was written for it.
    expect(scidac.confidenceNote).toBeNull();
    expect(scidac.editorNote).toContain("Verification: single secondary source");
    const rfa = fundingClaim(genesis, "Genesis Mission Request for Applications DE-FOA-0003612 (21 topic areas)");
    expect(rfa.periodEnd?.toISOString().slice(0, 10)).toBe("2029-12-31");
    expect(rfa.kind).toBe("funding_call");
  });

  it("keeps Stargate's EUR 500bn line separate from the USD one, and incorrect", () => {
    const usd = fundingClaim(stargate, "Stated investment intention over four years");
    const eur = fundingClaim(stargate, "Seed 004 variant: 'investissement américain de 500 milliards d'euros'");
    expect(usd).toMatchObject({ currency: "USD", amount: "500000000000", shape: "up_to", confidence: "verified", isHeadline: true });
    expect(eur).toMatchObject({
      currency: "EUR",
      amount: "500000000000",
      confidence: "incorrect",
      isHeadline: false,
      supersedesId: null,
      parentId: null,
    });
    expect(eur.id).not.toBe(usd.id);
    expect(eur.sourceId).toBe(idOf(keys.source("SEED004")));
    expect(eur.quote).toContain("500 milliards d'euros");
    expect(eur.label).toBe("Article claim: 'investissement américain de 500 milliards d'euros'");
    expect(eur.confidenceNote).toMatch(/currency error/i);
  });

  it("supersedes Stargate's $400bn with the $450bn", () => {
    const older = fundingClaim(stargate, "Planned investment covered by ~7 GW of announced sites");
    expect(fundingClaim(stargate, "Planned investment after Michigan site (>8 GW)").supersedesId).toBe(older.id);
  });

  it("gives a figure whose source states no number no number", () => {
    expect(fundingClaim(atom, "Unsourced press claim: federal funding 'could reach hundreds of millions'")).toMatchObject({
      shape: "unstated",
      amount: null,
      amountLow: null,
      amountHigh: null,
      currency: "USD",
      kind: "estimate",
      confidence: "unverified",
      quote: "federal funding could reach hundreds of millions, sources indicate",
    });
    const maklary = keys.funding(fluidstack, "Maklary claim: Phase 1 = 25% of the total project (implies ~EUR 40bn total, derived)");
    expect(rows.fundingClaims.some((c) => c.id === idOf(maklary))).toBe(false);
    expect(rows.fundingClaims.some((c) => /implied total/i.test(c.label))).toBe(false);
  });

  it("scopes money beside a program as related context", () => {
    const related = rows.fundingClaims.filter((c) => c.claimScope === "related").map((c) => c.label);
    expect(related).toEqual([
      "Lux AI cluster + Discovery supercomputer at ORNL (combined public and private investment, announced before the Mission)",
      "AWS investment in AI/HPC capacity for U.S. government agencies",
      "France's AI Action Summit total of private AI investment pledges (it includes this program's €10 bn)",
      "InvestAI: investment to mobilise for AI",
    ]);
  });

  it("marks the ATOM seed figures unverified, with the French quote", () => {
    const seedClaims = rows.fundingClaims.filter((c) => c.programId === programId(atom) && c.label.startsWith("Article claim: "));
    expect(seedClaims).toHaveLength(2);
    for (const claim of seedClaims) {
      expect(claim.confidence).toBe("unverified");
      expect(claim.sourceId).toBe(idOf(keys.source("SEED000")));
      expect(claim.quote).toContain("millions de dollars");
    }
    expect(fundingClaim(atom, "Estimated cost of access to ~10,000 state-of-the-art GPUs proposed by the ATOM memo")).toMatchObject({
      kind: "estimate",
      isHeadline: true,
    });
  });

  it("has exactly the chosen headline per program", () => {
    const headlines = rows.fundingClaims.filter((c) => c.isHeadline).map((c) => [c.programId, c.currency, c.amount]);
    expect(headlines).toEqual([
      [programId(genesis), "USD", "320000000"],
      [programId(atom), "USD", "100000000"],
      [programId(stargate), "USD", "500000000000"],
      [programId(fluidstack), "EUR", "10000000000"],
      [programId(investAi), "EUR", "2600000000"],
    ]);
  });
});

describe("capacity claims", () => {
  it("chains Stargate's capacity updates 5 → 7 → 8 → 10 GW secured", () => {
    const labels = [
      "Capacity under development after Oracle 4.5 GW deal",
      "Planned capacity after five new sites",
      "Planned capacity after Michigan site",
      "Capacity secured (OpenAI statement)",
    ];
    const chain = labels.map((label) => capacityClaim(stargate, label));
    expect(chain.map((c) => c.value)).toEqual(["5000", "7000", "8000", "10000"]);
    expect(chain[0]!.supersedesId).toBeNull();
    for (let i = 1; i < chain.length; i++) expect(chain[i]!.supersedesId).toBe(chain[i - 1]!.id);
  });

  it("skips the figure without a number", () => {
    expect(rows.capacityClaims.some((c) => c.label.startsWith("Lux AI cluster"))).toBe(false);
  });

  it("leaves seed 000's jobs, publications and models out: they are not capacity", () => {
    expect(rows.capacityClaims.some((c) => ["jobs", "models"].includes(c.metric) || /publications/i.test(c.label))).toBe(false);
    expect(capacityClaim(atom, "Seed 000 claim: models with more than 10 billion parameters")).toMatchObject({
      shape: "at_least",
      metric: "other",
      confidence: "unverified",
      label: "Article claim: models with more than 10 billion parameters",
    });
  });

  it("keeps the dropped Abilene expansion on record, withdrawn", () => {
    const dropped = capacityClaim(stargate, "Abilene expansion dropped (capacity later leased by Microsoft)");
    expect(dropped.withdrawnOn?.toISOString().slice(0, 10)).toBe("2026-03-01");
    expect(dropped.withdrawnNote).toMatch(/March 2026/);
  });

  it("has at most one verified headline per program and metric", () => {
    const headlines = rows.capacityClaims.filter((c) => c.isHeadline);
    expect(headlines.every((c) => c.confidence === "verified")).toBe(true);
    const pairs = headlines.map((c) => `${c.programId}:${c.metric}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(capacityClaim(stargate, "Capacity secured (OpenAI statement)").isHeadline).toBe(true);
    expect(capacityClaim(stargate, "Chips running in >5 GW of capacity").isHeadline).toBe(true);
    expect(capacityClaim(fluidstack, "Dedicated AI compute power")).toMatchObject({ isHeadline: true, shape: "up_to", value: "1000" });
    expect(capacityClaim(fluidstack, "Next-generation AI chips (Phase 1, 'ultimately')").isHeadline).toBe(true);
    expect(capacityClaim(genesis, "Solstice AI supercomputer (Argonne, with NVIDIA and Oracle)")).toMatchObject({
      isHeadline: false,
      claimScope: "related",
    });
  });
});
