import { describe, expect, it } from "vitest";
import { totalCapacity, totalMoneyUsd } from "../../../lib/data/overview-totals";
import type { MoneyFigure } from "../../../lib/money";
import type { MoneyDto } from "@/lib/schemas/api/common";

const usd = (figure: Partial<MoneyFigure>): MoneyDto => {
  const full = { shape: "exact", amount: null, low: null, high: null, currency: "USD", ...figure } as MoneyFigure;
  return { figure: full, text: "", usd: { ok: true, figure: full, text: "", sentence: null, rateYear: 2025 } };
};
const item = (programName: string, money: MoneyDto) => ({ programSlug: programName.toLowerCase(), programName, money });

describe("totalMoneyUsd", () => {
  it("adds point figures to both ends and ranges end by end, naming ceilings and floors", () => {
    const total = totalMoneyUsd([
      item("A", usd({ shape: "up_to", amount: "500000000000" })),
      item("B", usd({ shape: "range", low: "200000000", high: "300000000" })),
      item("C", usd({ shape: "at_least", amount: "100000000" })),
      item("D", usd({ shape: "approximate", amount: "1000000000" })),
    ]);
    expect(total.low).toBe("501300000000");
    expect(total.high).toBe("501400000000");
    expect(total.text).toBe("$501\u00a0bn");
    expect(total).toMatchObject({ counted: 4, ceilings: ["A"], floors: ["C"], ranges: ["B"], approximate: ["D"], unconverted: [] });
  });

  it("shows a range when the ends differ at display precision", () => {
    const total = totalMoneyUsd([
      item("A", usd({ shape: "range", low: "1000000000", high: "3000000000" })),
      item("B", usd({ amount: "500000000" })),
    ]);
    expect(total.text).toBe("$1.5–3.5\u00a0bn");
  });

  it("leaves out and names a figure without a reference rate", () => {
    const noRate: MoneyDto = {
      figure: { shape: "exact", amount: "1", low: null, high: null, currency: "JPY" },
      text: "",
      usd: { ok: false, message: "No JPY rate for 2025." },
    };
    const total = totalMoneyUsd([item("A", usd({ amount: "1000000" })), item("Yen", noRate)]);
    expect(total.counted).toBe(1);
    expect(total.unconverted).toEqual([{ programName: "Yen", reason: "No JPY rate for 2025." }]);
    expect(total.text).toBe("$1\u00a0M");
  });
});

describe("totalCapacity", () => {
  it("adds megawatts and shows gigawatts", () => {
    const power = totalCapacity(
      [
        { programSlug: "a", programName: "A", shape: "at_least", value: 10000, low: null, high: null },
        { programSlug: "b", programName: "B", shape: "up_to", value: 1000, low: null, high: null },
      ],
      "MW",
    );
    expect(power).toMatchObject({ text: "11\u00a0GW", counted: 2, floors: ["A"], ceilings: ["B"] });
  });
});
