// How /programs orders programs. Each metric sorts by one figure per program, the one its source
// states: the newest headline claim of that metric that may be drawn (never a sum of claims). A
// range or a floor/ceiling sorts by its upper end (a floor by the figure it names); money sorts by
// its US-dollar reading at the reference rate of its year. Compute figures of different precisions
// (FP64, AI low precision) never compare: they sort in groups, one precision after another.
// Programs without the figure come last in either direction.
import { computePrecisions } from "@/lib/core/vocabulary";
import type { ProgramFilters } from "@/lib/dashboard/programs-params";

export type ComputeKey = { value: number; precision: string | null };

export type ProgramSortKeys = {
  slug: string;
  name: string;
  country: string;
  announcedOn: string;
  public: number | null;
  private: number | null;
  power: number | null;
  accelerators: number | null;
  compute: ComputeKey | null;
  overdue: number;
};

const collator = new Intl.Collator("en", { sensitivity: "base" });
const precisionRank = (precision: string | null) => computePrecisions.indexOf((precision ?? "unspecified") as never);

/** Missing figures last whatever the direction; ties by name. */
function byNumber(a: number | null, b: number | null, sign: number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return sign * (a - b);
}

function byCompute(a: ComputeKey | null, b: ComputeKey | null, sign: number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return precisionRank(a.precision) - precisionRank(b.precision) || sign * (a.value - b.value);
}

export function sortPrograms<T extends ProgramSortKeys>(rows: T[], filters: Pick<ProgramFilters, "sort" | "dir">): T[] {
  const sign = filters.dir === "asc" ? 1 : -1;
  const compare = (a: T, b: T): number => {
    switch (filters.sort) {
      case "name":
        return sign * collator.compare(a.name, b.name);
      case "country":
        return sign * collator.compare(a.country, b.country);
      case "announced":
        return sign * a.announcedOn.localeCompare(b.announcedOn);
      case "compute":
        return byCompute(a.compute, b.compute, sign);
      default:
        return byNumber(a[filters.sort], b[filters.sort], sign);
    }
  };
  return [...rows].sort((a, b) => compare(a, b) || collator.compare(a.name, b.name) || a.slug.localeCompare(b.slug));
}

/** The upper end of a stated figure: a range's high, otherwise the figure itself. */
export function upperEnd(figure: { shape: string; value: number | null; high: number | null }): number | null {
  return figure.shape === "range" ? figure.high : figure.value;
}
