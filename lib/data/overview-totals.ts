// Headline totals for the overview. Each program contributes its headline claim only (one per
// quantity, chosen by editors), so cumulative updates, "of which" parts and rival figures are
// never added twice. How each shape counts is stated on the page:
//   - a range adds its low end to the total's low and its high end to the total's high;
//   - "up to", "more than" and "about" figures add their stated value to both ends (the page names
//     the programs whose figure is a ceiling or a floor, so the total is read with that in mind);
//   - a figure with no reference rate for its year is left out of the total and named.
import type Decimal from "decimal.js";
import { formatCapacity } from "@/lib/charts/format-quantity";
import { formatMoney, type MoneyFigure } from "@/lib/money";
import { MoneyDecimal, toMoneyString } from "@/lib/money/decimal";
import type { MoneyDto } from "@/lib/schemas/api/common";

export type Contribution = { programSlug: string; programName: string };

export type RangeTotal = {
  text: string;
  low: string;
  high: string;
  counted: number;
  ceilings: string[];
  floors: string[];
  approximate: string[];
  ranges: string[];
};

export type MoneyTotal = RangeTotal & { unconverted: { programName: string; reason: string }[] };

type Qualified = { low: Decimal; high: Decimal; shape: MoneyFigure["shape"]; programName: string };

function bounds(figure: { shape: MoneyFigure["shape"]; amount: string | null; low: string | null; high: string | null }) {
  if (figure.shape === "range") return figure.low === null || figure.high === null ? null : { low: figure.low, high: figure.high };
  return figure.amount === null ? null : { low: figure.amount, high: figure.amount };
}

function summarise(items: Qualified[], format: (low: string, high: string) => string): RangeTotal {
  const low = items.reduce((sum, item) => sum.plus(item.low), new MoneyDecimal(0));
  const high = items.reduce((sum, item) => sum.plus(item.high), new MoneyDecimal(0));
  const names = (shape: MoneyFigure["shape"]) => items.filter((item) => item.shape === shape).map((item) => item.programName);
  return {
    text: format(low.toString(), high.toString()),
    low: low.toString(),
    high: high.toString(),
    counted: items.length,
    ceilings: names("up_to"),
    floors: names("at_least"),
    approximate: names("approximate"),
    ranges: names("range"),
  };
}

export function totalMoneyUsd(items: (Contribution & { money: MoneyDto })[]): MoneyTotal {
  const counted: Qualified[] = [];
  const unconverted: MoneyTotal["unconverted"] = [];
  for (const item of items) {
    const usd = item.money.usd;
    const range = usd.ok ? bounds(usd.figure) : null;
    if (!usd.ok || range === null) {
      unconverted.push({ programName: item.programName, reason: usd.ok ? "unreadable figure" : usd.message });
      continue;
    }
    counted.push({
      low: new MoneyDecimal(range.low),
      high: new MoneyDecimal(range.high),
      shape: usd.figure.shape,
      programName: item.programName,
    });
  }
  const point = (value: string): MoneyFigure => ({
    shape: "exact",
    amount: toMoneyString(new MoneyDecimal(value)),
    low: null,
    high: null,
    currency: "USD",
  });
  const format = (low: string, high: string) =>
    oneOrRange(formatMoney(point(low)), formatMoney(point(high)), () =>
      formatMoney({ shape: "range", amount: null, low, high, currency: "USD" }),
    );
  return { ...summarise(counted, format), unconverted };
}

export type CapacityItem = Contribution & { shape: MoneyFigure["shape"]; value: number | null; low: number | null; high: number | null };

/** Capacity in one unit (MW, EF of one precision, accelerators), summed the same way as money. */
export function totalCapacity(items: CapacityItem[], unit: string): RangeTotal {
  const counted = items.flatMap((item) => {
    const range = bounds({ shape: item.shape, amount: str(item.value), low: str(item.low), high: str(item.high) });
    return range
      ? [{ low: new MoneyDecimal(range.low), high: new MoneyDecimal(range.high), shape: item.shape, programName: item.programName }]
      : [];
  });
  const point = (value: string) => formatCapacity({ shape: "exact", value: Number(value), low: null, high: null, unit });
  const format = (low: string, high: string) =>
    oneOrRange(point(low), point(high), () => formatCapacity({ shape: "range", value: null, low: Number(low), high: Number(high), unit }));
  return summarise(counted, format);
}

// Ends that read the same at display precision ("$501 bn" and "$501 bn") read as one figure.
function oneOrRange(low: string, high: string, range: () => string): string {
  return low === high ? low : range();
}

const str = (value: number | null) => (value === null ? null : String(value));
