// The shapes that flow from lib/data/compare.ts through the chart maths to the page, the API and
// the downloads. Amounts travel as decimal strings until a row is built; only then do they become
// numbers, and only for geometry (the texts a reader sees come from the decimal strings).
import type { z } from "zod";
import type { CompareRowDto, compareCapacityClaimSchema, compareFundingClaimSchema } from "@/lib/schemas/api/compare";
import type { ClaimPeriod } from "@/lib/money";
import type { Domain, ScaleKind } from "./scale";

// A fiscal year picks the conversion's rate year: the period travels beside the funding claim's API shape.
export type CompareFundingClaim = z.infer<typeof compareFundingClaimSchema> & { period?: ClaimPeriod };
export type CompareCapacityClaim = z.infer<typeof compareCapacityClaimSchema>;

export type CompareClaim = CompareFundingClaim | CompareCapacityClaim;

/** One mark of the chart and one line of its table, footnotes and downloads. */
export type ChartRow = CompareRowDto;

export type AxisTick = { value: number; label: string };

export type ChartPanel = {
  key: string;
  title: string;
  axisLabel: string;
  scale: ScaleKind;
  /** Null when no row of the panel can be drawn. */
  domain: Domain | null;
  ticks: AxisTick[];
  /** Sparser sets of labelled ticks for a narrow plot (a linear axis only; sparsest last; see sparserLinearTicks). */
  sparserTicks: AxisTick[][];
  rows: ChartRow[];
  /** Each program's colour, assigned over every program of the view's day (program-colour.ts): the same in every panel. */
  colours: Record<string, string>;
};

export type CompareChart = {
  panels: ChartPanel[];
  /** Every row in display order (panel by panel), as the table and downloads list them. */
  rows: ChartRow[];
  /** Sentences the chart must carry: how panels were split, what was left out and why. */
  notes: string[];
};
