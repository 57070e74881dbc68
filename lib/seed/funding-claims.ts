// FundingClaim rows from each program's budgets[]. Original currency only (conversion is the FX
// table's job); "of which" lines point at the line above them; a few lines need a decision the file
// leaves open, written in OVERRIDES.
import type { FundingKind, ValueShape } from "../generated/prisma/client";
import type { RawBudget, RawProgram } from "./input-schema";
import { confidenceFrom, fundingKindFrom } from "./classify";
import { parseDateText, periodBound } from "./dates";
import { idOf, keys } from "./keys";
import { configOf } from "./program-config";
import type { FundingClaimRow } from "./row-types";
import { joinNotes, placeMentions } from "./seed-quotes";
import { FUNDING_TEXT, readerLabel } from "./reader-text";
import { pickSource } from "./sources";
import { decideShape, decimalText } from "./values";

type Override = { label?: string; amount?: number; shape?: ValueShape; kind?: FundingKind; quote?: string };

const OVERRIDES: Record<string, Override> = {
  // ATOM's only corroborated figure is the memo's own cost estimate for 10,000 GPUs, not money.
  [keys.funding("us-atom-project", "Estimated cost of access to ~10,000 state-of-the-art GPUs proposed by the ATOM memo")]: {
    kind: "estimate",
  },
  // "Hundreds of millions" states no number, so the claim has none: only the quote.
  [keys.funding("us-atom-project", "Unsourced press claim: federal funding 'could reach hundreds of millions'")]: {
    shape: "unstated",
    kind: "estimate",
    quote: "federal funding could reach hundreds of millions, sources indicate",
  },
};

// "Phase 1 (€10bn) = 25% of the total" states no total; the research file's own derived ~€40bn is
// not published, and a claim with neither a number nor a quote of its own would say nothing.
const LEFT_OUT = new Set([
  keys.funding("fr-fluidstack-ai-supercomputer", "Maklary claim: Phase 1 = 25% of the total project (implies ~EUR 40bn total, derived)"),
]);

// Seed 003 prints its own USD conversion of the €10bn ("10,3 milliards de dollars"): kept beside ours.
const STATED_CONVERSIONS: Record<string, { amount: string; currency: string; sourceRef: string }> = {
  [keys.funding("fr-fluidstack-ai-supercomputer", "Initial investment for Phase 1")]: {
    amount: "10300000000",
    currency: "USD",
    sourceRef: "SEED003",
  },
};

// [program, newer label, older label]: the newer figure is an update of the older, not an addition.
const SUPERSEDES: Array<[string, string, string]> = [
  ["us-stargate", "Planned investment after Michigan site (>8 GW)", "Planned investment covered by ~7 GW of announced sites"],
];

/** An "of which" line: indented, or starting with "of which". It is part of the line above it. */
export function isPartLine(label: string): boolean {
  return /^\s/.test(label) || /^of which/i.test(label.trim());
}

function fundingRow(program: RawProgram, budget: RawBudget, parentId: string | null): FundingClaimRow {
  const key = keys.funding(program.id, budget.label);
  const override = OVERRIDES[key] ?? {};
  const text = FUNDING_TEXT[key] ?? {};
  const label = budget.label.trim();
  const stated = decideShape({ ...budget, value: override.amount ?? budget.amount, texts: [budget.label, budget.verification] });
  const shape = override.shape ?? stated.shape;
  if (shape !== "range" && shape !== "unstated" && stated.value === null) throw new Error(`Budget line without an amount: ${key}`);
  const conversion = STATED_CONVERSIONS[key];
  const asOf = parseDateText(budget.asOf);
  const sourceId = pickSource(budget.sources, key);
  const seed = placeMentions(key, program, sourceId);
  const superseded = SUPERSEDES.find(([p, newer]) => p === program.id && newer === label);
  return {
    id: idOf(key),
    programId: idOf(keys.program(program.id)),
    label: text.label ?? override.label ?? readerLabel(label),
    shape,
    amount: shape === "unstated" ? null : decimalText(stated.value),
    amountLow: shape === "range" ? decimalText(stated.low) : null,
    amountHigh: shape === "range" ? decimalText(stated.high) : null,
    currency: budget.currency,
    kind: text.kind ?? override.kind ?? fundingKindFrom(budget.kind),
    asOf: asOf?.date ?? null,
    asOfPrecision: asOf?.precision ?? "day",
    periodStart: periodBound(budget.period?.start, "start"),
    periodEnd: periodBound(budget.period?.end, "end"),
    periodText: budget.period?.text ?? null,
    scope: text.scopeText ?? budget.scope ?? null,
    quote: override.quote ?? seed.quote,
    confidence: confidenceFrom(budget.verification),
    confidenceNote: text.confidenceNote ?? null,
    notes: null,
    editorNote: joinNotes(`Verification: ${budget.verification}`, budget.notes, seed.note),
    claimScope: text.scope ?? "own",
    withdrawnOn: null,
    withdrawnNote: null,
    statedConversionAmount: conversion?.amount ?? null,
    statedConversionCurrency: conversion?.currency ?? null,
    statedConversionSourceId: conversion ? idOf(keys.source(conversion.sourceRef)) : null,
    isHeadline: configOf(program.id).headlineFunding === label,
    parentId,
    supersedesId: superseded ? idOf(keys.funding(program.id, superseded[2])) : null,
    sourceId,
    announcementId: null,
  };
}

export function mapFundingClaims(programs: RawProgram[]): FundingClaimRow[] {
  return programs.flatMap((program) => {
    let topLevelId: string | null = null;
    return program.budgets
      .filter((budget) => !LEFT_OUT.has(keys.funding(program.id, budget.label)))
      .map((budget) => {
        const part = isPartLine(budget.label);
        if (part && !topLevelId) throw new Error(`"of which" line with no line above it: ${budget.label}`);
        const row = fundingRow(program, budget, part ? topLevelId : null);
        if (!part) topLevelId = row.id;
        return row;
      });
  });
}
