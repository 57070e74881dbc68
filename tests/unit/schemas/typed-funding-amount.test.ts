// The funding correction form reads its amount with the guided form's parser (issue 15): the shape,
// values and currency follow from the text; what it cannot read (or reads two ways) is a field error.
import { describe, expect, it } from "vitest";
import { fundingClaimSupersedeSchema } from "../../../lib/schemas/corrections";
import { typedAmountOf } from "../../../lib/schemas/typed-funding-amount";

const id = "6f1c1f5e-8b1a-4c7e-9a43-2b7f0d1e5a10";
const sourceId = "0b6a4c55-3c1e-4f0a-8d51-9f2e7a6b1c22";
const form = {
  programId: id,
  sourceId,
  label: "Phase 1",
  confidence: "verified",
  supersedesId: id,
  version: "1",
  kind: "pledged",
  currency: "",
};

describe("the funding correction form's typed amount", () => {
  it.each([
    ["rund 2 Milliarden Euro", { shape: "approximate", amount: "2000000000", amountLow: null, amountHigh: null, currency: "EUR" }],
    ["€2–3 bn", { shape: "range", amount: null, amountLow: "2000000000", amountHigh: "3000000000", currency: "EUR" }],
    ["最大725億円", { shape: "up_to", amount: "72500000000", amountLow: null, amountHigh: null, currency: "JPY" }],
    ["₹10,371.92 crore", { shape: "exact", amount: "103719200000", amountLow: null, amountHigh: null, currency: "INR" }],
  ])("%s", (amountText, expected) => {
    const result = fundingClaimSupersedeSchema.safeParse({ ...form, amountText });
    expect(result.success && { ...result.data, amount: result.data.amount?.toString() ?? null }).toMatchObject(expected);
  });

  it("takes the currency from the currency field when the text names none, and refuses two that differ", () => {
    const chosen = fundingClaimSupersedeSchema.safeParse({ ...form, amountText: "12 billion", currency: "EUR" });
    expect(chosen.success && chosen.data.currency).toBe("EUR");
    const clash = fundingClaimSupersedeSchema.safeParse({ ...form, amountText: "$12 billion", currency: "EUR" });
    expect(clash.success).toBe(false);
    expect(clash.error?.issues.map((issue) => issue.path.join("."))).toContain("currency");
  });

  it.each([
    ["", /Type the amount/],
    ["€4.000 million", /can be read two ways/],
    ["12 gazillion euros", /not a word/],
  ])("refuses %j on the amount field", (amountText, message) => {
    const result = fundingClaimSupersedeSchema.safeParse({ ...form, amountText, currency: "EUR" });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path.join(".") === "amountText");
    expect(issue?.message).toMatch(message);
  });

  it("starts from the stored figure, as text the parser reads back to it", () => {
    const stored: Array<Record<string, string>> = [
      { shape: "exact", amount: "10000000000" },
      { shape: "approximate", amount: "11000000000" },
      { shape: "at_least", amount: "320000000" },
      { shape: "up_to", amount: "100000000000" },
      { shape: "range", amountLow: "2000000000", amountHigh: "3000000000" },
    ];
    for (const values of stored) {
      const result = fundingClaimSupersedeSchema.safeParse({ ...form, currency: "USD", amountText: typedAmountOf(values) });
      expect(result.success && result.data.shape).toBe(values.shape);
    }
  });
});
