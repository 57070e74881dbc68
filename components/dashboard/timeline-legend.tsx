import { milestoneStatuses } from "@/lib/core/vocabulary";
import { OVERDUE_COLOR, StatusBadge } from "./milestone-status";

/** The key to the timeline: every status as glyph and word, and the extra marks. */
export function TimelineLegend() {
  return (
    <ul aria-label="Legend" className="mt-4 flex flex-wrap gap-x-5 gap-y-2 text-sm">
      {milestoneStatuses.map((status) => (
        <li key={status}>
          <StatusBadge status={status} />
        </li>
      ))}
      <li className="inline-flex items-center gap-1">
        <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx={10} cy={10} r={8} fill="none" stroke={OVERDUE_COLOR} strokeWidth={2} />
        </svg>
        Overdue (red ring)
      </li>
      <li className="inline-flex items-center gap-1">
        <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
          <line x1={4} x2={24} y1={6} y2={6} stroke="currentColor" strokeWidth={1.5} strokeDasharray="3 2" />
          <circle cx={4} cy={6} r={3} className="fill-white dark:fill-slate-950" stroke="currentColor" strokeWidth={1.5} />
        </svg>
        Slipped: first due date → current one
      </li>
      <li className="inline-flex items-center gap-1">
        <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
          <line x1={2} x2={24} y1={6} y2={6} stroke={OVERDUE_COLOR} strokeWidth={2} />
          <line x1={24} x2={24} y1={1} y2={11} stroke={OVERDUE_COLOR} strokeWidth={2} />
        </svg>
        Completed late: deadline → completion
      </li>
      <li className="inline-flex items-center gap-1">
        <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
          <rect x={2} y={3} width={24} height={6} rx={3} fill="currentColor" fillOpacity={0.18} />
        </svg>
        Date known only to the month, quarter or year (the whole period)
      </li>
    </ul>
  );
}
