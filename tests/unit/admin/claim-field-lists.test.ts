// One field list per claim kind: the edit form's spec names every field the claim's schema stores,
// and the guided announcement form starts and reads every field it draws from that spec. A field
// added to the schema and the spec (marked `guided`) so reaches both forms and the write.
import { describe, expect, it } from "vitest";
import { capacityClaimFields, fundingClaimFields } from "../../../lib/admin/claim-form-fields";
import { fieldNames, guidedFields } from "../../../lib/admin/field-spec";
import { capacityColumns, fundingColumns, storedFigure } from "../../../lib/editing/claim-data";
import { emptyCapacityClaim, emptyFundingClaim } from "../../../lib/forms/announcement-defaults";
import { announcementCapacitySchema, announcementFundingSchema } from "../../../lib/schemas/announcement-claims";
import { capacityClaimObject, capacityClaimSchema } from "../../../lib/schemas/capacity-claim";
import { fundingClaimObject, fundingClaimSchema } from "../../../lib/schemas/funding-claim";

const source = "00000000-0000-4000-8000-000000000001";
const program = "00000000-0000-4000-8000-000000000002";

const kinds = [
  {
    kind: "funding",
    object: fundingClaimObject,
    fields: fundingClaimFields,
    empty: emptyFundingClaim,
    guided: announcementFundingSchema,
    typed: { label: "Outlay", amountText: "€2 bn" },
    edited: () =>
      fundingClaimSchema.parse({
        programId: program,
        sourceId: source,
        label: "Outlay",
        shape: "exact",
        amount: "2",
        currency: "EUR",
        kind: "pledged",
        confidence: "verified",
      }),
    columns: (claim: unknown) => fundingColumns(claim as never),
  },
  {
    kind: "capacity",
    object: capacityClaimObject,
    fields: capacityClaimFields,
    empty: emptyCapacityClaim,
    guided: announcementCapacitySchema,
    typed: { label: "Campus", valueText: "1 GW" },
    edited: () =>
      capacityClaimSchema.parse({
        programId: program,
        sourceId: source,
        label: "Campus",
        shape: "exact",
        value: "1000",
        metric: "power",
        unit: "MW",
        kind: "target",
        confidence: "verified",
      }),
    columns: (claim: unknown) => capacityColumns(claim as never),
  },
] as const;

describe.each(kinds)("$kind claims", ({ object, fields, empty, guided, typed, edited, columns }) => {
  it("have an edit field for every stored field (the program and what a correction supersedes are set by the page)", () => {
    const stored = Object.keys(object.shape).filter((name) => name !== "programId" && name !== "supersedesId");
    expect(fieldNames(fields).sort()).toEqual(expect.arrayContaining(stored.sort()));
  });

  it("start a guided item with, and read back, every field the guided form draws from the spec", () => {
    const parsed = guided.parse({ ...empty(), ...typed }) as Record<string, unknown>;
    for (const field of guidedFields(fields)) {
      expect(empty(), field.name).toHaveProperty(field.name);
      expect(parsed, field.name).toHaveProperty(field.name);
    }
  });

  it("write every stored field of an edit, and nothing else", () => {
    const stored = Object.keys(object.shape).filter((name) => name !== "programId" && name !== "supersedesId");
    expect(Object.keys(columns({ ...edited(), id: "x", version: 3 })).sort()).toEqual(stored.sort());
  });
});

it("hints that a blank as-of date is the source's only on funding claims, whose money converts at the source's year then", () => {
  const asOfHint = (fields: typeof fundingClaimFields) => fields.find((field) => field.name === "asOf")?.hint;
  expect(asOfHint(fundingClaimFields)).toBe("Blank: the source's date.");
  expect(asOfHint(capacityClaimFields)).toBeUndefined();
});

describe("storedFigure", () => {
  it("keeps a range's two ends and drops a value the form left behind", () => {
    expect(storedFigure("range", "5", "2", "3")).toEqual([null, "2", "3"]);
  });

  it.each(["exact", "approximate", "at_least", "up_to", "unstated"])("keeps a %s figure's value and drops stale ends", (shape) => {
    expect(storedFigure(shape, "5", "2", "3")).toEqual(["5", null, null]);
  });

  it("is what both claim kinds store", () => {
    const days = { asOf: null, withdrawnOn: null, periodStart: null, periodEnd: null };
    const range = { ...days, shape: "range", amount: "9", amountLow: "1", amountHigh: "2", value: "9", valueLow: "1", valueHigh: "2" };
    expect(fundingColumns(range as never)).toMatchObject({ amount: null, amountLow: "1", amountHigh: "2" });
    expect(capacityColumns(range as never)).toMatchObject({ value: null, valueLow: "1", valueHigh: "2" });
  });
});
