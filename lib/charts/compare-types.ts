// The shapes that flow from lib/data/compare.ts through the chart maths to the page, the API and
// the downloads. Amounts travel as decimal strings until a row is built; only then do they become
// numbers, and only for geometry (the texts a reader sees come from the decimal strings).
import type { SourceDto } from "@/lib/schemas/api/common";
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

export type FundingClaimInput = ClaimBase & {
  type: "funding";
  amount: string | null;
  low: string | null;
  high: string | null;
  currency: string;
  // The period the money is stated for; a fiscal year picks the conversion's rate year.
  period?: ClaimPeriod;
};

export type CapacityClaimInput = ClaimBase & {
  type: "capacity";
  metric: string;
  unit: string;
  precision: string | null;
  value: string | null;
  low: string | null;
  high: string | null;
};

export type CompareClaimInput = FundingClaimInput | CapacityClaimInput;

/** One mark of the chart and one line of its table, footnotes and downloads. */
export type ChartRow = {
  id: string;
  /** Footnote number, 1-based, in display order. */
  n: number;
  panel: string;
  programSlug: string;
  programName: string;
  label: string;
  kind: string;
  confidence: ClaimBase["confidence"];
  shape: ValueShape;
  isHeadline: boolean;
  /** The figure on the panel's axis; a point value has low = high. Null when it is not drawn. */
  value: { low: number; high: number } | null;
  /** The figure as drawn ("≈ $11.3 bn", "up to 1 GW"). */
  text: string;
  /** The figure as the source stated it, in its own currency or unit. */
  original: string;
  /** How a converted figure was converted, or null when nothing was converted. */
  conversion: string | null;
  /** Why the row is left off the axis (e.g. no reference rate); null when it is drawn. */
  notDrawn: string | null;
  asOf: string | null;
  asOfLabel: string | null;
  source: SourceDto;
};

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
};

export type CompareChart = {
  panels: ChartPanel[];
  /** Every row in display order (panel by panel), as the table and downloads list them. */
  rows: ChartRow[];
  /** Sentences the chart must carry: how panels were split, what was left out and why. */
  notes: string[];
};
