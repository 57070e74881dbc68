import { describe, expect, it } from "vitest";
import { capacityTickFormatter, formatCapacity, powerScale, precisionLabel, type CapacityFigure } from "@/lib/charts/format-quantity";

const nb = (text: string) => text.replaceAll(" ", "\u00a0");
const figure = (shape: CapacityFigure["shape"], value: number | null, unit: string): CapacityFigure => ({
  shape,
  value,
  low: null,
  high: null,
  unit,
});
const range = (low: number | null, high: number | null, unit: string): CapacityFigure => ({ shape: "range", value: null, low, high, unit });

describe("formatCapacity", () => {
  it("scales power to GW from 1,000 MW", () => {
    expect(formatCapacity(figure("exact", 1000, "MW"))).toBe(nb("1 GW"));
    expect(formatCapacity(figure("exact", 1200, "MW"))).toBe(nb("1.2 GW"));
    expect(formatCapacity(figure("exact", 250, "MW"))).toBe(nb("250 MW"));
    expect(powerScale(999)).toEqual({ unit: "MW", divisor: 1 });
  });

  it("marks approximate, 'more than' and 'up to' figures in words", () => {
    expect(formatCapacity(figure("approximate", 1300, "MW"))).toBe(`≈ ${nb("1.3 GW")}`);
    expect(formatCapacity(figure("at_least", 10000, "MW"))).toBe(`more than ${nb("10 GW")}`);
    expect(formatCapacity(figure("up_to", 25000, "accelerators"))).toBe(`up to ${nb("25,000 accelerators")}`);
    expect(formatCapacity(figure("approximate", 500_000, "accelerators"))).toBe(`≈ ${nb("500,000 accelerators")}`);
  });

  it("writes a range once, in the unit of its high end", () => {
    expect(formatCapacity(range(600, 900, "MW"))).toBe(nb("600–900 MW"));
    expect(formatCapacity(range(800, 1200, "MW"))).toBe(nb("0.8–1.2 GW"));
    expect(formatCapacity(range(4, 5, "facilities"))).toBe(nb("4–5 facilities"));
    expect(formatCapacity(range(800_000, 1_500_000, "accelerators"))).toBe("0.8–1.5 million\u00a0accelerators");
    expect(formatCapacity(range(null, 900, "MW"))).toBe("—");
    expect(formatCapacity(figure("exact", null, "MW"))).toBe("—");
  });

  it("writes compute in exaFLOPS with 3 significant digits and counts in full below a million", () => {
    expect(formatCapacity(figure("exact", 16, "EFLOPS"))).toBe(nb("16 EF"));
    expect(formatCapacity(figure("exact", 2200, "EFLOPS"))).toBe(nb("2,200 EF"));
    expect(formatCapacity(figure("exact", 2234, "EFLOPS"))).toBe(nb("2,230 EF"));
    expect(formatCapacity(figure("exact", 500000, "accelerators"))).toBe(nb("500,000 accelerators"));
    expect(formatCapacity(figure("exact", 123_456, "accelerators"))).toBe(nb("123,456 accelerators"));
  });

  it("writes a million or more in words, and keeps any other unit as stated", () => {
    expect(formatCapacity(figure("at_least", 2_000_000, "accelerators"))).toBe("more than 2 million\u00a0accelerators");
    expect(formatCapacity(figure("at_least", 10e9, "parameters"))).toBe("more than 10 billion\u00a0parameters");
    expect(formatCapacity(figure("approximate", 40_000, "people"))).toBe(`≈ ${nb("40,000 people")}`);
    expect(formatCapacity(figure("exact", 76, "EoIs"))).toBe(nb("76 EoIs"));
    expect(formatCapacity(figure("exact", 1.5, ""))).toBe("1.5");
  });
});

describe("precisionLabel", () => {
  it("names every precision, and says when it is not stated", () => {
    expect(precisionLabel("mixed_ai")).toBe("AI, low precision");
    expect(precisionLabel("fp64")).toBe("FP64, double precision");
    expect(precisionLabel(null)).toBe("precision not stated");
  });
});

describe("capacityTickFormatter", () => {
  it("uses one unit per axis, chosen from its largest tick", () => {
    const gw = capacityTickFormatter("MW", 10000);
    expect([0, 500, 2000].map(gw)).toEqual(["0 GW", "0.5 GW", "2 GW"].map(nb));
    expect(capacityTickFormatter("MW", 800)(200)).toBe(nb("200 MW"));
  });

  it("writes compact counts and exaFLOPS", () => {
    expect(capacityTickFormatter("accelerators", 2e6)(500000)).toBe("500k");
    expect(capacityTickFormatter("accelerators", 2e6)(2e6)).toBe("2M");
    expect(capacityTickFormatter("EFLOPS", 100)(16)).toBe(nb("16 EF"));
  });
});
