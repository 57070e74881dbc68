// Reads a capacity figure as a source prints it — "1 GW", "up to 1 GW", "600–900 MW", "793.4
// petaFLOPS", "246 EFLOPS FP8", "18,000 GB300", "over a thousand GPUs", "more than 2 million
// accelerators" — into the stored unit of its metric (MW, EFLOPS, a count), with the shape, the
// precision and the accelerator model the text states. The number itself (separators, scale words,
// "up to", ranges, the question about an ambiguous separator) is read by parseAmount: one reader.
import type Decimal from "decimal.js";
import { matchUnit, takePrecision, type CapacityMetricOfText, type PrecisionOfText } from "./capacity-units";
import { MoneyDecimal } from "./decimal";
import { normaliseAmountText } from "./amount-tokens";
import { AMOUNT_HELP, parseAmount, type ParsedAmount } from "./parse-amount";
import type { ValueShape } from "./types";

export type ParsedCapacity = {
  ok: true;
  shape: ValueShape;
  // In the metric's stored unit (MW, EFLOPS, a count); plain decimal strings.
  amount: string | null;
  low: string | null;
  high: string | null;
  // What the text says, or null where it says nothing (the form's fields decide).
  metric: CapacityMetricOfText | null;
  unitWritten: string | null;
  precision: PrecisionOfText | null;
  model: string | null;
};

export type CapacityParseError = { ok: false; message: string; readings?: readonly [ParsedCapacity, ParsedCapacity] };

const HELP = "Write a number with an optional scale (thousand, million…) and unit (kW, MW, GW, PFLOPS, EFLOPS, GPUs, GB300…).";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

function scaled(value: string | null, factor: Decimal): string | null {
  return value === null ? null : new MoneyDecimal(value).times(factor).toFixed();
}

type Unit = Pick<ParsedCapacity, "metric" | "unitWritten" | "precision" | "model"> & { exponent: number };

function toCapacity(parsed: ParsedAmount, unit: Unit): ParsedCapacity {
  const factor = new MoneyDecimal(10).pow(unit.exponent);
  const { exponent, ...stated } = unit;
  void exponent;
  return {
    ok: true,
    shape: parsed.shape,
    amount: scaled(parsed.amount, factor),
    low: scaled(parsed.low, factor),
    high: scaled(parsed.high, factor),
    ...stated,
  };
}

/** Parses a typed capacity figure; every failure is an `{ ok: false, message }` the editor can act on. */
export function parseCapacity(text: string): ParsedCapacity | CapacityParseError {
  if (typeof text !== "string") return { ok: false, message: "Type the value." };
  const { precision, rest } = takePrecision(normaliseAmountText(text));
  const match = matchUnit(rest);
  let number = match === null ? rest : rest.slice(0, match.at);
  // "600 MW–900 MW": the unit written on both ends of a range.
  if (match !== null) number = number.replace(new RegExp(`(\\d)\\s*${escapeRegExp(match.unit.written)}(?=\\s|–|$)`, "gu"), "$1 ");
  const unit: Unit = {
    metric: match?.unit.metric ?? null,
    unitWritten: match?.unit.written ?? null,
    precision,
    model: match?.unit.model ?? null,
    exponent: match?.unit.exponent ?? 0,
  };
  if (precision !== null && unit.metric !== null && unit.metric !== "compute")
    return { ok: false, message: `A precision (${precision.toUpperCase()}) belongs to a compute figure, not ${unit.unitWritten}.` };
  if (number.trim() === "")
    return {
      ok: false,
      message: unit.unitWritten === null ? "Type the value, e.g. 1 GW." : `Type the number too, e.g. 18,000 ${unit.unitWritten}.`,
    };
  const parsed = parseAmount(number.trim());
  if (!parsed.ok) {
    const readings = parsed.readings?.map((reading) => toCapacity(reading, unit)) as [ParsedCapacity, ParsedCapacity] | undefined;
    return { ok: false, message: parsed.message.replace(AMOUNT_HELP, HELP), ...(readings ? { readings } : {}) };
  }
  if (parsed.currency !== null) return { ok: false, message: "A capacity figure has no currency: record money as a funding claim." };
  return toCapacity(parsed, unit);
}
