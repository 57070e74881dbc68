import { describe, expect, it } from "vitest";
import { isSlug } from "../../../lib/core/slug";
import { accountId } from "../../../lib/schemas/fields";
import { capacityClaimSchema } from "../../../lib/schemas/capacity-claim";
import { milestoneSchema } from "../../../lib/schemas/milestone";
import { programSchema } from "../../../lib/schemas/program";
import { sourceSchema } from "../../../lib/schemas/source";

const ids = { programId: "6f1c1f5e-8b1a-4c7e-9a43-2b7f0d1e5a10", sourceId: "0b6a4c55-3c1e-4f0a-8d51-9f2e7a6b1c22" };
const errorsOf = (result: { success: boolean; error?: { flatten(): { fieldErrors: object } } }) =>
  result.success ? {} : result.error!.flatten().fieldErrors;

describe("sourceSchema", () => {
  const base = { kind: "news", title: "Title", publisher: "Publisher", reliability: "secondary" };
  it("needs a web address or a document", () => {
    expect(errorsOf(sourceSchema.safeParse(base))).toHaveProperty("url");
    expect(sourceSchema.safeParse({ ...base, seedDocument: "003_4c1ec05d7a530788.txt" }).success).toBe(true);
  });
  it("accepts http(s) addresses only", () => {
    expect(errorsOf(sourceSchema.safeParse({ ...base, url: "javascript:alert(1)" }))).toHaveProperty("url");
    expect(errorsOf(sourceSchema.safeParse({ ...base, url: "ftp://example.org/a" }))).toHaveProperty("url");
    expect(sourceSchema.safeParse({ ...base, url: "https://www.energy.gov/genesis" }).success).toBe(true);
  });
});

describe("capacityClaimSchema", () => {
  const base = {
    ...ids,
    label: "Dedicated AI compute power",
    metric: "power",
    unit: "MW",
    shape: "up_to",
    value: "1000",
    kind: "target",
    confidence: "verified",
  };
  it("stores each metric in its canonical unit", () => {
    expect(capacityClaimSchema.safeParse(base).success).toBe(true);
    expect(errorsOf(capacityClaimSchema.safeParse({ ...base, unit: "GW", value: "1" }))).toHaveProperty("unit");
  });
  it("requires the precision of a compute figure", () => {
    const compute = { ...base, metric: "compute", unit: "EFLOPS", value: "16" };
    expect(errorsOf(capacityClaimSchema.safeParse(compute))).toHaveProperty("precision");
    expect(capacityClaimSchema.safeParse({ ...compute, precision: "unspecified" }).success).toBe(true);
  });
});

describe("milestoneSchema", () => {
  const base = { ...ids, title: "Identify at least 20 challenges", dueOn: "2026-01-23", status: "completed", completedOn: "2026-02-12" };
  it("accepts a relative deadline with its anchor", () => {
    expect(milestoneSchema.safeParse({ ...base, relativeDays: 60, anchorOn: "2025-11-24" }).success).toBe(true);
  });
  it("refuses a relative deadline without an anchor, or zero days", () => {
    expect(errorsOf(milestoneSchema.safeParse({ ...base, relativeDays: 60 }))).toHaveProperty("anchorOn");
    expect(errorsOf(milestoneSchema.safeParse({ ...base, relativeDays: 0, anchorOn: "2025-11-24" }))).toHaveProperty("relativeDays");
  });
});

describe("programSchema", () => {
  const base = {
    slug: "genesis-mission",
    name: "Genesis Mission",
    country: "United States",
    region: "North America",
    kind: "public",
    status: "active",
    announcedOn: "2025-11-24",
    summary: "…",
  };
  it("accepts a program and starts it as a draft", () => {
    expect(programSchema.parse(base).publicationState).toBe("draft");
  });
  it("refuses a slug that is not URL-safe", () => {
    expect(errorsOf(programSchema.safeParse({ ...base, slug: "Genesis Mission" }))).toHaveProperty("slug");
  });
});

// What an address or a query names before any query: text no record can hold names nothing (PostgreSQL refuses a NUL).
describe("isSlug and accountId", () => {
  it("take only what a slug or an account id can be", () => {
    expect(["stargate", "eurohpc-ai-factories", "x".repeat(100)].every(isSlug)).toBe(true);
    expect(["a\u0000b", "\uD800", "Stargate", "a--b", "-a", "", " stargate", "x".repeat(101)].some(isSlug)).toBe(false);
    expect(accountId.safeParse("kq2Hv1mB9xYpQ3").success).toBe(true);
    for (const id of ["a\u0000b", "\uD800", "a\u001Fb", "", "x".repeat(101)]) expect(accountId.safeParse(id).success, id).toBe(false);
  });
});
