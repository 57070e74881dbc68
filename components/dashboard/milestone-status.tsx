// How a milestone's status looks everywhere: a colour AND a shape AND a word, so no reader depends
// on colour alone. The same glyphs mark the timeline.
import type { MilestoneStatus } from "@/lib/charts/timeline-due";
import { plural } from "@/lib/core/plural";
import { statusName } from "@/lib/data/milestone-dto";

export const statusColors: Record<MilestoneStatus, string> = {
  completed: "#15803d",
  in_progress: "#1d4ed8",
  planned: "#475569",
  delayed: "#b45309",
  missed: "#991b1b",
  cancelled: "#64748b",
  unknown: "#7e22ce",
};
export const OVERDUE_COLOR = "#dc2626";

/** The status glyph centred on (x, y), radius ~5. */
export function StatusGlyph({ status, x, y }: { status: MilestoneStatus; x: number; y: number }) {
  const color = statusColors[status];
  switch (status) {
    case "completed":
      return <circle cx={x} cy={y} r={5} fill={color} />;
    case "in_progress":
      return (
        <>
          <circle cx={x} cy={y} r={4.5} fill="#ffffff" className="hollow" stroke={color} strokeWidth={1.5} />
          <path d={`M${x} ${y - 4.5} A4.5 4.5 0 0 1 ${x} ${y + 4.5} Z`} fill={color} />
        </>
      );
    case "planned":
      return <circle cx={x} cy={y} r={4.5} fill="#ffffff" className="hollow" stroke={color} strokeWidth={2} />;
    case "delayed":
      return <path d={`M${x} ${y - 6} L${x + 6} ${y + 4.5} L${x - 6} ${y + 4.5} Z`} fill={color} />;
    case "missed":
      return <rect x={x - 4.5} y={y - 4.5} width={9} height={9} fill={color} />;
    case "cancelled":
      return <path d={`M${x - 4} ${y - 4} L${x + 4} ${y + 4} M${x + 4} ${y - 4} L${x - 4} ${y + 4}`} stroke={color} strokeWidth={2.5} />;
    case "unknown":
      return (
        <path
          d={`M${x} ${y - 5.5} L${x + 5.5} ${y} L${x} ${y + 5.5} L${x - 5.5} ${y} Z`}
          fill="#ffffff"
          className="hollow"
          stroke={color}
          strokeWidth={2}
        />
      );
  }
}

export function StatusBadge({ status }: { status: MilestoneStatus }) {
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap" data-status={status}>
      <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
        <StatusGlyph status={status} x={7} y={7} />
      </svg>
      {statusName(status)}
    </span>
  );
}

/**
 * An open milestone past its deadline. Not "missed": no source says so, only that no completion was
 * reported, as far as we looked (`checkedOn`). `days`: how many days past the deadline.
 */
export function OverdueFlag({ days, checkedOn }: { days: number; checkedOn: string | null }) {
  return (
    <span
      className="ml-1 inline-block rounded bg-red-100 px-1.5 text-sm font-semibold text-red-800 dark:bg-red-950 dark:text-red-200"
      data-testid="overdue"
    >
      Deadline passed{days > 0 ? ` ${plural(days, "day")} ago` : ""}, no report of completion
      {checkedOn ? ` (last checked ${checkedOn})` : ""}
    </span>
  );
}
