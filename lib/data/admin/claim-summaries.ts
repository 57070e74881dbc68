// How claims, milestones and partners read in the editors' lists: the figure as readers see it,
// whether it was corrected (and by what), and whether a milestone moved from its first date.
import { formatPartialDate, type DatePrecision } from "@/lib/core/partial-date";
import { isoDate } from "@/lib/data/source-dto";
import { toFigure } from "@/lib/data/money-dto";
import { formatMoney } from "@/lib/money";

type Decimalish = { toString(): string } | null;
type Lifecycle = { id: string; version: number; deletedAt: Date | null };

export type ClaimSummary = Lifecycle & {
  label: string;
  figure: string;
  isHeadline: boolean;
  supersedesId: string | null;
  supersededById: string | null;
};

type FundingRow = Lifecycle & {
  label: string;
  isHeadline: boolean;
  supersedesId: string | null;
  supersededBy: { id: string } | null;
  shape: "exact" | "approximate" | "at_least" | "up_to" | "range" | "unstated";
  amount: Decimalish;
  amountLow: Decimalish;
  amountHigh: Decimalish;
  currency: string;
};

type CapacityRow = Omit<FundingRow, "amount" | "amountLow" | "amountHigh" | "currency"> & {
  value: Decimalish;
  valueLow: Decimalish;
  valueHigh: Decimalish;
  unit: string;
};

const lifecycle = ({ id, version, deletedAt }: Lifecycle) => ({ id, version, deletedAt });

function claimLinks(row: { label: string; isHeadline: boolean; supersedesId: string | null; supersededBy: { id: string } | null }) {
  return { label: row.label, isHeadline: row.isHeadline, supersedesId: row.supersedesId, supersededById: row.supersededBy?.id ?? null };
}

export function summariseFunding(row: FundingRow): ClaimSummary {
  return { ...lifecycle(row), ...claimLinks(row), figure: formatMoney(toFigure(row)) };
}

const shapeWords: Record<Exclude<CapacityRow["shape"], "unstated">, string> = {
  exact: "",
  approximate: "about ",
  at_least: "at least ",
  up_to: "up to ",
  range: "",
};

export function summariseCapacity(row: CapacityRow): ClaimSummary {
  if (row.shape === "unstated") return { ...lifecycle(row), ...claimLinks(row), figure: `no figure stated (${row.unit})` };
  const value = row.shape === "range" ? `${row.valueLow}–${row.valueHigh}` : `${shapeWords[row.shape]}${row.value}`;
  return { ...lifecycle(row), ...claimLinks(row), figure: `${value} ${row.unit}` };
}

export type MilestoneSummary = Lifecycle & { title: string; status: string; due: string; originalDue: string | null };

type DueFields = { dueOn: Date | null; duePrecision: DatePrecision; dueText: string | null };

function dueLabel(due: DueFields): string {
  return formatPartialDate(isoDate(due.dueOn), due.duePrecision) ?? due.dueText ?? "no date";
}

/** The current due date, and the first recorded one when it differs: the slippage, for editors. */
export function summariseMilestone(
  row: Lifecycle & DueFields & { title: string; status: string; revisions: DueFields[] },
): MilestoneSummary {
  const due = dueLabel(row);
  const first = row.revisions[0];
  const originalDue = first ? dueLabel(first) : null;
  return { ...lifecycle(row), title: row.title, status: row.status, due, originalDue: originalDue !== due ? originalDue : null };
}
