// The guided form's capacity claims and the capacity correction form read the value as the source
// prints it (issue 15): "1 GW" is stored as 1000 MW, a precision in the text fills the precision
// field (asked when the text has none), a model named in the text becomes the unit detail.
import { describe, expect, it } from "vitest";
import { announcementCapacitySchema } from "@/lib/schemas/announcement-claims";
import { capacityClaimSupersedeSchema } from "@/lib/schemas/corrections";
import { typedAmountOf } from "@/lib/schemas/typed-funding-amount";
import { emptyCapacityClaim } from "@/lib/forms/announcement-defaults";

// The guided form's empty capacity claim (power, target, verified), as the browser sends it.
const claim = { ...emptyCapacityClaim(), label: "Campus" };
const guided = (fields: Record<string, string>) => announcementCapacitySchema.safeParse({ ...claim, ...fields });
const errorsOf = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("capacity claims of the guided form", () => {
  it.each([
    [{ valueText: "up to 1 GW" }, { shape: "up_to", value: "1000", unit: "MW" }],
    [{ valueText: "600–900 MW" }, { shape: "range", valueLow: "600", valueHigh: "900", unit: "MW" }],
    [
      { valueText: "793.4 petaFLOPS", metric: "compute", precision: "fp64" },
      { value: "0.7934", unit: "EFLOPS", precision: "fp64" },
    ],
    [
      { valueText: "246 EFLOPS FP8", metric: "compute" },
      { value: "246", precision: "fp8" },
    ],
    [
      { valueText: "18,000 GB300", metric: "accelerators" },
      { value: "18000", unit: "accelerators", unitDetail: "GB300" },
    ],
    [
      { valueText: "over a thousand GPUs", metric: "accelerators" },
      { shape: "at_least", value: "1000", unitDetail: null },
    ],
    [
      { valueText: "more than 2 million accelerators", metric: "accelerators" },
      { shape: "at_least", value: "2000000" },
    ],
  ])("%j", (fields, expected) => {
    const result = guided(fields);
    expect(result.success && result.data).toMatchObject(expected);
  });

  it.each([
    [{ valueText: "1 GW", metric: "compute", precision: "fp8" }, "valueText", /“GW” measures power, but the metric chosen is compute/],
    [{ valueText: "246 EFLOPS", metric: "compute" }, "precision", /Say which precision/],
    [{ valueText: "246 EFLOPS FP8", metric: "compute", precision: "fp64" }, "precision", /says FP8, but this field says fp64/],
    [{ valueText: "18,000 GB300", metric: "accelerators", unitDetail: "H100 GPUs" }, "unitDetail", /names GB300/],
    [{ valueText: "1.500 MW" }, "valueText", /can be read two ways/],
    [{ valueText: "12 gazillion MW" }, "valueText", /not a word this form knows/],
    [{ valueText: "0.5 W" }, "valueText", /At most 6 decimals/],
  ])("refuses %j on its field", (fields, field, message) => {
    const result = guided(fields);
    expect(result.success).toBe(false);
    expect(errorsOf(result)[field]).toMatch(message);
  });
});

const id = "6f1c1f5e-8b1a-4c7e-9a43-2b7f0d1e5a10";
const correction = {
  programId: id,
  sourceId: "0b6a4c55-3c1e-4f0a-8d51-9f2e7a6b1c22",
  supersedesId: id,
  version: "1",
  label: "Campus power",
  metric: "power",
  unit: "MW",
  kind: "target",
  confidence: "verified",
  precision: null,
};

describe("the capacity correction form's typed value", () => {
  it("reads the value as printed into the shape and the stored unit", () => {
    const result = capacityClaimSupersedeSchema.safeParse({ ...correction, valueText: "up to 1.2 GW" });
    expect(result.success && { shape: result.data.shape, value: result.data.value }).toEqual({ shape: "up_to", value: "1200" });
    const compute = capacityClaimSupersedeSchema.safeParse({
      ...correction,
      metric: "compute",
      unit: "EFLOPS",
      valueText: "793.4 PFLOPS FP64",
    });
    expect(compute.success && { value: compute.data.value, precision: compute.data.precision }).toEqual({
      value: "0.7934",
      precision: "fp64",
    });
  });

  it("refuses what it cannot read on the value field", () => {
    const result = capacityClaimSupersedeSchema.safeParse({ ...correction, valueText: "five hundred MW" });
    expect(errorsOf(result).valueText).toMatch(/Expected a number/);
  });

  it("starts from the stored value, as text read back to it (a three-decimal value is not asked about)", () => {
    const stored: Array<Record<string, string>> = [
      { shape: "exact", value: "1.234" },
      { shape: "up_to", value: "1000" },
      { shape: "range", valueLow: "600", valueHigh: "900" },
    ];
    for (const values of stored) {
      const result = capacityClaimSupersedeSchema.safeParse({ ...correction, valueText: typedAmountOf(values, "value") });
      expect(result.success && result.data).toMatchObject(values);
    }
  });
});
