// Every editing schema (and the admin's account forms), fed anything at all or a valid form with hostile fields, answers with a
// result and never throws; what it accepts fits the database columns.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capacityClaimSupersedeSchema, fundingClaimSupersedeSchema, milestoneRescheduleSchema } from "../../../lib/schemas/corrections";
import { inviteSchema, userIdSchema } from "../../../lib/auth/users/schemas";
import { exchangeRateSchema, unitsPerUsdOf } from "../../../lib/schemas/exchange-rate";
import * as edits from "../../../lib/schemas/record-edits";
import { recordActionSchema } from "../../../lib/schemas/record-ref";
import { hostileValue, hostileVariant } from "../../support/hostile-values";

const id = "6f1c1f5e-8b1a-4c7e-9a43-2b7f0d1e5a10";
const sourceId = "0b6a4c55-3c1e-4f0a-8d51-9f2e7a6b1c22";
const claim = { programId: id, sourceId, label: "Phase 1", shape: "exact", confidence: "verified" };

const cases = [
  [
    "program",
    edits.programEditSchema,
    {
      id,
      version: "3",
      name: "P",
      country: "France",
      region: "Europe",
      kind: "public",
      status: "active",
      announcedOn: "2025-02-10",
      summary: "S",
    },
  ],
  ["funding claim", edits.fundingClaimEditSchema, { ...claim, id, version: "1", amount: "10000000000", currency: "EUR", kind: "pledged" }],
  [
    "capacity claim",
    edits.capacityClaimEditSchema,
    { ...claim, id, version: "1", metric: "power", unit: "MW", value: "1000", kind: "target" },
  ],
  ["milestone", edits.milestoneEditSchema, { id, version: "2", title: "Online", status: "planned", sourceId }],
  ["participation", edits.participationEditSchema, { id, version: "1", sourceId, role: "developer" }],
  ["organization", edits.organizationEditSchema, { id, version: "1", name: "Org", kind: "company" }],
  [
    "source",
    edits.sourceEditSchema,
    { id, version: "1", kind: "news", url: "https://example.org/a", title: "T", publisher: "P", reliability: "secondary" },
  ],
  [
    "funding correction",
    fundingClaimSupersedeSchema,
    { ...claim, supersedesId: id, version: "1", amount: "5", currency: "USD", kind: "pledged" },
  ],
  [
    "capacity correction",
    capacityClaimSupersedeSchema,
    { ...claim, supersedesId: id, version: "1", metric: "sites", unit: "sites", value: "3", kind: "target" },
  ],
  ["reschedule", milestoneRescheduleSchema, { id, version: "1", dueOn: "2026-05-01", duePrecision: "month", reason: "Delay", sourceId }],
  ["record action", recordActionSchema, { entityType: "Program", id, version: "1" }],
  ["exchange rate", exchangeRateSchema, { currency: "KRW", year: "2025", usdPerUnit: "0.000725", sourceId }],
  ["invitation", inviteSchema, { email: "new.editor@example.org", name: "New Editor", role: "editor" }],
  ["account", userIdSchema, { userId: id }],
] as const;

describe.each(cases)("%s edit schema", (_name, schema, valid) => {
  it("accepts the valid form", () => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  it("never throws on anything", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        schema.safeParse(input);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(hostileValue, (input) => {
        schema.safeParse(input);
      }),
      { numRuns: 100 },
    );
  });

  it("refuses a NUL in any field (PostgreSQL cannot take one as text)", () => {
    for (const field of Object.keys(valid)) {
      expect(schema.safeParse({ ...valid, [field]: "a\u0000b" }).success, field).toBe(false);
    }
  });

  it("never throws on a valid form with hostile fields, and what it accepts is clean", () => {
    fc.assert(
      fc.property(hostileVariant(valid), (input) => {
        const result = schema.safeParse(input);
        if (!result.success) return;
        for (const value of Object.values(result.data as Record<string, unknown>)) {
          if (typeof value === "string") expect(value).not.toMatch(/\u0000|\p{Cs}/u);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("limits that keep values inside their columns", () => {
  it("refuses a version that is not a positive whole number, without coercing", () => {
    for (const version of ["0", "-1", "1.5", "1e3", "", "abc", 2 ** 31]) {
      expect(edits.programEditSchema.safeParse({ ...cases[0][2], version }).success, String(version)).toBe(false);
    }
  });

  it("refuses amounts the columns would round or overflow", () => {
    const funding = cases[1][2];
    expect(edits.fundingClaimEditSchema.safeParse({ ...funding, amount: "1.234" }).success).toBe(false);
    expect(edits.fundingClaimEditSchema.safeParse({ ...funding, amount: "1234567890123456789012.99" }).success).toBe(true);
    const capacity = cases[2][2];
    expect(edits.capacityClaimEditSchema.safeParse({ ...capacity, value: "1234567890123456789" }).success).toBe(false);
    expect(edits.capacityClaimEditSchema.safeParse({ ...capacity, value: "123456789012345678.123456" }).success).toBe(true);
  });

  it("lower-cases an upper-case URL scheme the database would refuse", () => {
    const parsed = edits.sourceEditSchema.parse({ ...cases[6][2], url: "HTTPS://Example.org/A" });
    expect(parsed.url).toBe("https://Example.org/A");
  });

  it("stores both directions of a rate within ten decimals", () => {
    expect(unitsPerUsdOf("0.000725")).toBe("1379.3103448276");
    expect(unitsPerUsdOf("1.0824")).toBe("0.9238728751");
    expect(exchangeRateSchema.safeParse({ ...cases[11][2], usdPerUnit: "0.0000001" }).success).toBe(false);
    expect(exchangeRateSchema.safeParse({ ...cases[11][2], currency: "USD" }).success).toBe(false);
  });
});
