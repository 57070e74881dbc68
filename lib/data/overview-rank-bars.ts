// The extent of a ranked figure's bar: a range draws from its low end (solid) to its high end
// (lighter), any other figure to its value; money in its US-dollar reading. Pure, for the overview.
import type { ProgramRowDto } from "./programs-table";
import type { RankedMetric } from "./overview-ranks";

export type BarExtent = { low: number; high: number };

const num = (value: string | number | null | undefined) => (value === null || value === undefined ? null : Number(value));

export function barExtent(row: ProgramRowDto, metric: RankedMetric): BarExtent | null {
  if (metric === "overdue") return { low: row.overdue, high: row.overdue };
  if (metric === "public" || metric === "private") {
    const claim = metric === "public" ? row.publicMoney : row.privateMoney;
    if (!claim?.money.usd.ok) return null;
    const figure = claim.money.usd.figure;
    const high = num(figure.shape === "range" ? figure.high : figure.amount);
    const low = num(figure.shape === "range" ? figure.low : figure.amount);
    return high === null ? null : { low: low ?? high, high };
  }
  const claim = row[metric];
  if (!claim) return null;
  const high = claim.shape === "range" ? claim.value.high : claim.value.value;
  const low = claim.shape === "range" ? claim.value.low : claim.value.value;
  return high === null ? null : { low: low ?? high, high };
}
