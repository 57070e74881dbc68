import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fundingClaimSchema } from "../../../lib/schemas/funding-claim";
import { valueShapes } from "@/lib/core/vocabulary";
import { fundingClaimFields } from "../../factories/editing-records";

const ids = { programId: "6f1c1f5e-8b1a-4c7e-9a43-2b7f0d1e5a10", sourceId: "0b6a4c55-3c1e-4f0a-8d51-9f2e7a6b1c22" };
const valid = { ...ids, ...fundingClaimFields };

function fieldErrors(input: unknown): Record<string, string[] | undefined> {
  const result = fundingClaimSchema.safeParse(input);
  if (result.success) return {};
  return result.error.flatten().fieldErrors as Record<string, string[] | undefined>;
}

const decimal = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 15n }), fc.integer({ min: 0, max: 99 }))
  .map(([whole, cents]) => `${whole}.${String(cents).padStart(2, "0")}`);

// Exact comparison: floats cannot tell 999999999999999.98 from .99.
const cents = (text: string) => BigInt(text.replace(".", ""));

describe("fundingClaimSchema", () => {
  it("accepts a well-formed claim and fills defaults", () => {
    const parsed = fundingClaimSchema.parse(valid);
    expect(parsed).toMatchObject({ amount: "10000000000", isHeadline: false, asOfPrecision: "day", quote: null });
  });

  it("names the field at fault", () => {
    expect(fieldErrors({ ...valid, amount: "" })).toHaveProperty("amount");
    expect(fieldErrors({ ...valid, amount: "-5" })).toHaveProperty("amount");
    expect(fieldErrors({ ...valid, amount: "0" })).toHaveProperty("amount");
    expect(fieldErrors({ ...valid, currency: "euro" })).toHaveProperty("currency");
    expect(fieldErrors({ ...valid, sourceId: "" })).toHaveProperty("sourceId");
    expect(fieldErrors({ ...valid, asOf: "2025-02-30" })).toHaveProperty("asOf");
    expect(fieldErrors({ ...valid, kind: "donation" })).toHaveProperty("kind");
    expect(fieldErrors({ ...valid, label: "x".repeat(301) })).toHaveProperty("label");
    expect(fieldErrors({ ...valid, periodStart: "2026-01-01", periodEnd: "2025-01-01" })).toHaveProperty("periodEnd");
  });

  it("requires both ends of a range, in order", () => {
    expect(fieldErrors({ ...valid, shape: "range", amount: null, amountLow: "200000000" })).toHaveProperty("amountHigh");
    expect(fieldErrors({ ...valid, shape: "range", amountLow: "300000000", amountHigh: "200000000" })).toHaveProperty("amountHigh");
  });

  it("keeps text that looks like HTML as plain text, to be shown inert", () => {
    const parsed = fundingClaimSchema.parse({ ...valid, quote: "<script>alert(1)</script>" });
    expect(parsed.quote).toBe("<script>alert(1)</script>");
  });

  it("accepts every range with low <= high and refuses every range with low > high", () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        const result = fundingClaimSchema.safeParse({ ...valid, shape: "range", amount: null, amountLow: a, amountHigh: b });
        expect(result.success).toBe(cents(a) <= cents(b));
      }),
    );
  });

  it("never throws, whatever the input, and rejects anything without a source", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = fundingClaimSchema.safeParse(input);
        expect(result.success).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...valueShapes), decimal, (shape, amount) => {
        const { sourceId: _omit, ...withoutSource } = { ...valid, shape, amount, amountLow: amount, amountHigh: amount };
        expect(fundingClaimSchema.safeParse(withoutSource).success).toBe(false);
      }),
    );
  });
});
