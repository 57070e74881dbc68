import { statusName } from "@/lib/data/milestone-dto";
import { timelineStatusFilters, type TimelineFilters } from "@/lib/dashboard/timeline-params";
import { FilterActions } from "./filter-actions";

type Props = { filters: TimelineFilters; programs: { slug: string; name: string }[]; asOf: string | null };

const box = "h-4 w-4 accent-blue-700";

/** Checkboxes in a GET form: several programs and statuses at once, no JavaScript needed. */
export function TimelineFilterForm({ filters, programs, asOf }: Props) {
  return (
    <form
      method="get"
      action="/timeline"
      className="mt-6 grid gap-4 rounded border border-slate-200 p-4 md:grid-cols-2 dark:border-slate-800"
      aria-label="Filter milestones"
    >
      <fieldset>
        <legend className="text-sm font-semibold">Programs (none ticked: all)</legend>
        <div className="mt-2 grid gap-1 text-sm">
          {programs.map((p) => (
            <label key={p.slug} className="inline-flex items-center gap-2">
              <input type="checkbox" name="program" value={p.slug} defaultChecked={filters.program.includes(p.slug)} className={box} />
              {p.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-semibold">Status (none ticked: all)</legend>
        <div className="mt-2 grid grid-cols-2 gap-1 text-sm">
          {timelineStatusFilters.map((status) => (
            <label key={status} className="inline-flex items-center gap-2">
              <input type="checkbox" name="status" value={status} defaultChecked={filters.status.includes(status)} className={box} />
              {status === "overdue" ? "Overdue" : statusName(status)}
            </label>
          ))}
        </div>
      </fieldset>
      <FilterActions path="/timeline" asOf={asOf} className="items-center md:col-span-2" />
    </form>
  );
}
