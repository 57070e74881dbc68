// A date known only to the month, quarter, half-year or year must not read as a precise day:
// "2025-08 (approx.)" is stored as 2025-08-01 with precision "month" and shown as "Aug 2025".
// A season or "early/mid/late" is stored as its first day and shown in words ("summer 2026",
// "early 2026"); lib/charts/timeline-dates.ts says which months each covers.
export type DatePrecision = "day" | "month" | "quarter" | "half_year" | "year" | "season" | "part_of_year";

const seasons: Record<number, string> = { 3: "spring", 6: "summer", 9: "autumn", 12: "winter" };
const partsOfYear: Record<number, string> = { 1: "early", 5: "mid-", 9: "late" };

const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function formatPartialDate(iso: string | null, precision: DatePrecision | null): string | null {
  if (iso === null) return null;
  const [year, month] = [iso.slice(0, 4), Number(iso.slice(5, 7))];
  switch (precision ?? "day") {
    case "day":
      return iso;
    case "month":
      return `${monthNames[month - 1]} ${year}`;
    case "quarter":
      return `Q${Math.ceil(month / 3)} ${year}`;
    case "half_year":
      return `H${month <= 6 ? 1 : 2} ${year}`;
    case "year":
      return year;
    case "season":
      return `${seasons[month] ?? "season of"} ${year}`;
    case "part_of_year": {
      const part = partsOfYear[month] ?? "part of ";
      return part.endsWith("-") ? `${part}${year}` : `${part} ${year}`;
    }
  }
}
