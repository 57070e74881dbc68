import { describe, expect, it } from "vitest";
import { moneyRowValue } from "@/lib/charts/money-rows";
import { RATES } from "../money/reference-rates";
import { funding } from "./claims";

const nb = (text: string) => text.replaceAll(" ", "\u00a0");

describe("moneyRowValue", () => {
  it("converts to US dollars at the claim year's reference rate, with the sentence", () => {
    const row = moneyRowValue(funding(), "usd", RATES);
    expect(row).toMatchObject({ panel: "USD", value: { low: 11.3e9, high: 11.3e9 }, original: nb("€10 bn"), notDrawn: null });
    expect(row.text).toBe(`≈ ${nb("$11.3 bn")}`);
    expect(row.conversion).toBe(`≈ ${nb("$11.3 bn")} at the 2025 average EUR/USD rate (ECB)`);
  });

  it("converts US dollars to euros through the same table", () => {
    const row = moneyRowValue(funding({ currency: "USD", amount: "500000000000", shape: "up_to" }), "eur", RATES);
    expect(row.panel).toBe("EUR");
    expect(row.text).toBe(`≈ up to ${nb("€442 bn")}`);
    expect(row.conversion).toContain("2025 average EUR/USD rate (ECB)");
  });

  it("keeps a range as a range after conversion", () => {
    const row = moneyRowValue(funding({ shape: "range", amount: null, low: "200000000", high: "300000000" }), "usd", RATES);
    expect(row.value).toEqual({ low: 226e6, high: 339e6 });
    expect(row.text).toBe(`≈ ${nb("$226–339 M")}`);
  });

  it("says 'no reference rate' and leaves the figure off the axis, never converting at a guess", () => {
    const row = moneyRowValue(funding({ currency: "BRL" }), "usd", RATES);
    expect(row).toMatchObject({ value: null, text: "no reference rate", conversion: null, original: nb("BRL 10 bn") });
    expect(row.notDrawn).toMatch(/^No reference rate: .*BRL/);
  });

  it("needs a date to choose a rate, but not for a figure already in the target currency", () => {
    const undated = { asOf: null, source: { ...funding().source, publishedOn: null } };
    expect(moneyRowValue(funding(undated), "usd", RATES).notDrawn).toMatch(/no date/);
    expect(moneyRowValue(funding({ ...undated, currency: "USD" }), "usd", RATES)).toMatchObject({
      value: { low: 1e10, high: 1e10 },
      notDrawn: null,
      conversion: null,
    });
  });

  it("uses the latest earlier rate and says so", () => {
    const row = moneyRowValue(funding({ asOf: "2026-01-01" }), "usd", RATES);
    expect(row.conversion).toContain("no 2026 rate yet");
  });

  it("in original-currency mode converts nothing and puts each currency on its own panel", () => {
    expect(moneyRowValue(funding(), "original", RATES)).toMatchObject({ panel: "EUR", text: nb("€10 bn"), conversion: null });
    expect(moneyRowValue(funding({ currency: "BRL" }), "original", RATES)).toMatchObject({
      panel: "BRL",
      value: { low: 1e10, high: 1e10 },
      notDrawn: null,
    });
  });
});
