// Claim inputs for the chart tests, as lib/data/compare-claims hands them over. Not a test file.
import type { CompareCapacityClaim, CompareClaim, CompareFundingClaim } from "@/lib/charts/compare-types";
import type { MilestoneDto, SourceDto } from "@/lib/schemas/api/common";

export const source: SourceDto = {
  id: "s1",
  title: 'A <b>bold</b> & "quoted" article',
  publisher: "Élysée",
  url: "https://example.org/a",
  publishedOn: "2025-02-10",
  publishedLabel: "2025-02-10",
  reliability: "primary",
};

let counter = 0;
const nextId = () => `c${String((counter += 1)).padStart(3, "0")}`;

const base = {
  programSlug: "fluidstack-france",
  programName: "Fluidstack",
  label: "Phase 1",
  confidence: "verified" as const,
  isHeadline: true,
  parentId: null,
  supersedesId: null,
  asOf: "2025-02-10",
  asOfLabel: "2025-02-10",
  source,
};

/** A claim of one type: the shared base, a fresh id, the type's own defaults, then what the test sets. */
function claimOf<C extends CompareClaim>(defaults: Omit<C, keyof typeof base | "id">) {
  // The base and the defaults hold every field of C (the defaults' type asks for the rest); TypeScript cannot add up a generic spread.
  return (overrides: Partial<C> = {}): C => ({ ...base, id: nextId(), ...defaults, ...overrides }) as C;
}

export const funding = claimOf<CompareFundingClaim>({
  type: "funding",
  kind: "private_investment",
  shape: "exact",
  amount: "10000000000",
  low: null,
  high: null,
  currency: "EUR",
});

export const capacity = claimOf<CompareCapacityClaim>({
  type: "capacity",
  kind: "target",
  metric: "power",
  unit: "MW",
  precision: null,
  shape: "exact",
  value: "1000",
  low: null,
  high: null,
});

/** A planned milestone of Stargate due 2026-01-01, from `src`. */
export const milestone = (id: string, src: SourceDto, overrides: Partial<MilestoneDto> = {}): MilestoneDto => ({
  id,
  title: `Milestone ${id}`,
  description: null,
  program: { slug: "stargate", name: "Stargate" },
  due: { on: "2026-01-01", precision: "day", deadline: "2026-01-01", label: "2026-01-01" },
  dueUnknownReason: null,
  relative: null,
  original: null,
  slippage: null,
  status: "planned",
  statusDetail: null,
  completedOn: null,
  completedLabel: null,
  completedLateByDays: null,
  completionSource: null,
  statusCheckedOn: null,
  overdue: false,
  daysUntilDue: 10,
  confidence: "verified",
  source: src,
  movedBy: null,
  ...overrides,
});
