import { describe, expect, it } from "vitest";
import { capacityTickFormatter, formatCapacity, powerScale } from "@/lib/charts/format-quantity";

const nb = (text: string) => text.replaceAll(" ", "\u00a0");

describe("formatCapacity", () => {
  it("scales power to GW from 1,000 MW", () => {
    expect(formatCapacity("exact", 1000, null, null, "MW")).toBe(nb("1 GW"));
    expect(formatCapacity("exact", 1200, null, null, "MW")).toBe(nb("1.2 GW"));
    expect(formatCapacity("exact", 250, null, null, "MW")).toBe(nb("250 MW"));
    expect(powerScale(999)).toEqual({ unit: "MW", divisor: 1 });
  });

  it("marks approximate, 'more than' and 'up to' figures in words", () => {
    expect(formatCapacity("approximate", 1300, null, null, "MW")).toBe(`≈ ${nb("1.3 GW")}`);
    expect(formatCapacity("at_least", 10000, null, null, "MW")).toBe(`more than ${nb("10 GW")}`);
    expect(formatCapacity("up_to", 25000, null, null, "accelerators")).toBe(`up to ${nb("25,000 accelerators")}`);
  });

  it("writes a range once, in the unit of its high end", () => {
    expect(formatCapacity("range", null, 600, 900, "MW")).toBe(nb("600–900 MW"));
    expect(formatCapacity("range", null, 800, 1200, "MW")).toBe(nb("0.8–1.2 GW"));
    expect(formatCapacity("range", null, null, 900, "MW")).toBe("—");
  });

  it("writes compute in exaFLOPS and accelerators as a full count", () => {
    expect(formatCapacity("exact", 16, null, null, "EFLOPS")).toBe(nb("16 EF"));
    expect(formatCapacity("exact", 2200, null, null, "EFLOPS")).toBe(nb("2,200 EF"));
    expect(formatCapacity("exact", 500000, null, null, "accelerators")).toBe(nb("500,000 accelerators"));
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
