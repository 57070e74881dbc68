// The shapes that flow from lib/data/compare.ts through the chart maths to the page, the API and
// the downloads. Amounts travel as decimal strings until a row is built; only then do they become
// numbers, and only for geometry (the texts a reader sees come from the decimal strings).
import type { SourceDto } from "@/lib/schemas/api/common";
import type { CompareRowDto } from "@/lib/schemas/api/compare";
import type { ClaimPeriod, ValueShape } from "@/lib/money";
import type { Domain, ScaleKind } from "./scale";

type ClaimBase = {
  id: string;
  programSlug: string;
  programName: string;
  label: string;
  kind: string;
  confidence: "verified" | "reported" | "unverified" | "disputed" | "incorrect";
  shape: ValueShape;
  isHeadline: boolean;
  parentId: string | null;
  supersedesId: string | null;
  asOf: string | null;
  asOfLabel: string | null;
  source: SourceDto;
};

export type CompareFundingClaim = ClaimBase & {
  type: "funding";
  amount: string | null;
  low: string | null;
  high: string | null;
  currency: string;
  // The period the money is stated for; a fiscal year picks the conversion's rate year.
  period?: ClaimPeriod;
};

export type CompareCapacityClaim = ClaimBase & {
  type: "capacity";
  metric: string;
  unit: string;
  precision: string | null;
  value: string | null;
  low: string | null;
  high: string | null;
};

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
  rows: ChartRow[];
  /** Each program's colour, assigned over the whole view so no two programs share one (program-colour.ts). */
  colours: Record<string, string>;
};

export type CompareChart = {
  panels: ChartPanel[];
  /** Every row in display order (panel by panel), as the table and downloads list them. */
  rows: ChartRow[];
  /** Sentences the chart must carry: how panels were split, what was left out and why. */
  notes: string[];
};
