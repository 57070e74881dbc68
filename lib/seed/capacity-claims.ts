// CapacityClaim rows from computeFigures[]. Seed 000's "500 jobs", "50 publications" and "10 models"
// are not capacity (only compute, power and accelerators are) and no source confirms them, so they
// are left out of the seed (seed-figures.ts says so). Units are made canonical
// per metric: power in MW (GW × 1000), compute in exaFLOPS with its numeric precision, counts
// otherwise, the original unit text kept in unitDetail.
import type { CapacityMetric, ComputePrecision } from "../generated/prisma/client";
import type { RawComputeFigure, RawProgram } from "./input-schema";
import { confidenceFrom } from "./classify";
import { parseDateText } from "./dates";
import { idOf, keys } from "./keys";
import { configOf } from "./program-config";
import type { CapacityClaimRow } from "./row-types";
import { joinNotes, placeMentions } from "./seed-quotes";
import { CAPACITY_TEXT, readerLabel } from "./reader-text";
import { pickSource } from "./sources";
import { decideShape, decimalText } from "./values";

export type MetricUnit = { metric: CapacityMetric; unit: string; factor: number };

// First match wins; "parameters" and "EoIs … (60 sites)" are checked before chips and sites.
const UNIT_RULES: Array<[RegExp, (unitText: string) => MetricUnit]> = [
  [/^GW\b/, () => ({ metric: "power", unit: "MW", factor: 1000 })],
  [/^MW\b/, () => ({ metric: "power", unit: "MW", factor: 1 })],
  [/exaFLOPS?/i, () => ({ metric: "compute", unit: "EFLOPS", factor: 1 })],
  [/parameters|\bEoIs?\b/i, (text) => ({ metric: "other", unit: text.split(/\s/)[0]!, factor: 1 })],
  [/GPU|chip|accelerator|processor|GB200/i, () => ({ metric: "accelerators", unit: "accelerators", factor: 1 })],
  [/laborator|\bsites?\b/i, () => ({ metric: "sites", unit: "sites", factor: 1 })],
  [/antenna|facilit/i, () => ({ metric: "facilities", unit: "facilities", factor: 1 })],
  [/people|researcher|staff/i, () => ({ metric: "researchers", unit: "people", factor: 1 })],
  [/\bjobs?\b/i, () => ({ metric: "jobs", unit: "jobs", factor: 1 })],
  [/\bmodels?\b/i, () => ({ metric: "models", unit: "models", factor: 1 })],
];

export function metricOf(unitText: string): MetricUnit {
  const rule = UNIT_RULES.find(([pattern]) => pattern.test(unitText));
  return rule ? rule[1](unitText) : { metric: "other", unit: unitText.split(/\s/)[0]!, factor: 1 };
}

/** Low-precision AI FLOPS never compare with FP64; a compute figure that does not say is unspecified. */
export function precisionOf(metric: CapacityMetric, unitText: string, basis: string | null | undefined): ComputePrecision | null {
  if (metric !== "compute") return null;
  return /AI, low precision/i.test(`${unitText} ${basis ?? ""}`) ? "mixed_ai" : "unspecified";
}

// Figures about what exists today rather than what is planned: the labs and staff Genesis draws on.
// Everything else is a target, including Stargate's "chips running in >5 GW", which counts the chips
// of capacity still under development, and Abilene's 1.2 GW, of which two buildings of eight run.
const OPERATIONAL = new Set([
  keys.capacity("us-genesis-mission", "National laboratories integrated"),
  keys.capacity("us-genesis-mission", "DOE scientists, engineers and technical staff drawn on"),
]);

// Stargate's capacity updates, each superseding the one before (the notes: updates, not additions).
const STARGATE_CHAIN = [
  "Capacity under development after Oracle 4.5 GW deal",
  "Planned capacity after five new sites",
  "Planned capacity after Michigan site",
  "Capacity secured (OpenAI statement)",
];

function supersededKey(programId: string, label: string): string | null {
  const at = programId === "us-stargate" ? STARGATE_CHAIN.indexOf(label) : -1;
  return at > 0 ? keys.capacity(programId, STARGATE_CHAIN[at - 1]!) : null;
}

// The Abilene expansion was dropped in March 2026: kept on record, marked, never drawn as current.
// The month is all the sources give; the first of the month stands for it and the note says so.
const WITHDRAWN: Record<string, { on: Date; note: string }> = {
  [keys.capacity("us-stargate", "Abilene expansion dropped (capacity later leased by Microsoft)")]: {
    on: new Date(Date.UTC(2026, 2, 1)),
    note: "Dropped in March 2026; the site was later leased to Microsoft. Reports put the dropped capacity at 600, about 700 or 900 MW.",
  },
};

function capacityRow(program: RawProgram, figure: RawComputeFigure): CapacityClaimRow {
  const key = keys.capacity(program.id, figure.metric);
  const label = figure.metric.trim();
  const { metric, unit, factor } = metricOf(figure.unit);
  const stated = decideShape({ ...figure, texts: [figure.metric, figure.verification, figure.unit] });
  const asOf = parseDateText(figure.asOf);
  const sourceId = pickSource(figure.sources, key);
  const seed = placeMentions(key, program, sourceId);
  const previous = supersededKey(program.id, label);
  const text = CAPACITY_TEXT[key] ?? {};
  const withdrawn = WITHDRAWN[key];
  return {
    id: idOf(key),
    programId: idOf(keys.program(program.id)),
    label: text.label ?? readerLabel(label),
    metric,
    unit,
    unitDetail: figure.unit === unit ? null : figure.unit,
    precision: precisionOf(metric, figure.unit, figure.basis),
    shape: stated.shape,
    value: decimalText(stated.value, factor),
    valueLow: stated.shape === "range" ? decimalText(stated.low, factor) : null,
    valueHigh: stated.shape === "range" ? decimalText(stated.high, factor) : null,
    kind: OPERATIONAL.has(key) ? "operational" : "target",
    asOf: asOf?.date ?? null,
    asOfPrecision: asOf?.precision ?? "day",
    scope: text.scopeText ?? figure.scope ?? null,
    quote: seed.quote,
    confidence: confidenceFrom(figure.verification),
    confidenceNote: text.confidenceNote ?? null,
    notes: figure.basis ? `Basis: ${figure.basis}` : null,
    editorNote: joinNotes(`Verification: ${figure.verification}`, figure.notes, seed.note),
    claimScope: text.scope ?? "own",
    withdrawnOn: withdrawn?.on ?? null,
    withdrawnNote: withdrawn?.note ?? null,
    isHeadline: configOf(program.id).headlineCapacity.includes(label),
    parentId: null,
    supersedesId: previous ? idOf(previous) : null,
    sourceId,
    announcementId: null,
  };
}

export function mapCapacityClaims(programs: RawProgram[]): CapacityClaimRow[] {
  return programs.flatMap((program) => {
    return (
      program.computeFigures
        // A figure with no number (the Lux cluster's GPU count "not officially disclosed") is not a
        // claim about a quantity; the fact that Lux exists is carried by its milestone.
        .filter((figure) => figure.value !== null || (figure.low !== null && figure.high !== null))
        .map((figure) => capacityRow(program, figure))
    );
  });
}
