// A capacity figure typed as its source prints it ("1 GW", "793.4 petaFLOPS", "18,000 GB300"), read
// by parseCapacity and checked against the claim's other fields: the unit must be the chosen
// metric's, a precision the text states must agree with the precision field (which is asked
// separately when the text states none), and an accelerator model the text names becomes the unit
// detail. The guided form, its preview and the capacity correction form all read it here.
import type { z } from "zod";
import { parseCapacity, type ParsedCapacity } from "@/lib/money/parse-capacity";
import { columnProblem } from "./claim-limits";
import { blankToNull } from "./fields";
import type { computePrecisions } from "@/lib/core/vocabulary";

type Precision = (typeof computePrecisions)[number];

type Typed = { valueText?: unknown; metric?: unknown; precision?: unknown; unitDetail?: unknown };
type Field = "valueText" | "precision" | "unitDetail";

export type CapacityReading =
  | { ok: true; parsed: ParsedCapacity; precision: Precision | null; unitDetail: string | null }
  | { ok: false; field: Field; message: string };

const text = (value: unknown): string | null => {
  const blank = blankToNull(value);
  return typeof blank === "string" ? blank.trim() : null;
};

const refuse = (field: Field, message: string): CapacityReading => ({ ok: false, field, message });

/** The typed value read into the metric's stored unit, with the precision and unit detail it implies. */
export function readTypedCapacity(claim: Typed): CapacityReading {
  const typed = text(claim.valueText);
  if (typed === null) return refuse("valueText", "Type the value as the source gives it, e.g. 1 GW or 18,000 GB300.");
  const parsed = parseCapacity(typed);
  if (!parsed.ok) return refuse("valueText", parsed.message);
  const problem = columnProblem(parsed, "capacity");
  if (problem !== null) return refuse("valueText", problem);
  if (parsed.metric !== null && parsed.metric !== claim.metric)
    return refuse("valueText", `“${parsed.unitWritten}” measures ${parsed.metric}, but the metric chosen is ${String(claim.metric)}.`);
  const chosen = text(claim.precision);
  if (parsed.precision !== null && chosen !== null && chosen !== parsed.precision)
    return refuse("precision", `The value says ${parsed.precision.toUpperCase()}, but this field says ${chosen}.`);
  const detail = text(claim.unitDetail);
  if (parsed.model !== null && detail !== null && !detail.includes(parsed.model))
    return refuse("unitDetail", `The value names ${parsed.model}, but the unit detail says “${detail}”.`);
  // A chosen precision outside the list is refused by the schema's own enum check.
  const precision = (chosen ?? parsed.precision) as Precision | null;
  return { ok: true, parsed, precision, unitDetail: detail ?? (parsed.model === null ? null : parsed.unitWritten) };
}

/** The capacity claim's columns a successful reading fills. */
export function typedCapacityColumns({ parsed, precision, unitDetail }: Extract<CapacityReading, { ok: true }>) {
  return { shape: parsed.shape, value: parsed.amount, valueLow: parsed.low, valueHigh: parsed.high, precision, unitDetail };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/**
 * A capacity correction's input with shape, values, precision and unit detail read from `valueText`;
 * a field error when it cannot be read. Input without `valueText` (the API, scripts) passes as it is.
 */
export function readCapacityValueText(input: unknown, ctx: z.RefinementCtx): unknown {
  if (!isRecord(input) || !("valueText" in input)) return input;
  const reading = readTypedCapacity(input);
  if (!reading.ok) {
    ctx.addIssue({ code: "custom", path: [reading.field], message: reading.message });
    return input;
  }
  return { ...input, ...typedCapacityColumns(reading) };
}
