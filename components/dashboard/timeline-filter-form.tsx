import { statusName } from "@/lib/data/milestone-dto";
import { timelineCanonicalQuery, timelineStatusFilters, type TimelineFilters } from "@/lib/dashboard/timeline-params";
import { FilterActions } from "./filter-actions";
import { InstantForm } from "@/components/controls/instant-form";
import { ProgramPicker } from "@/components/controls/program-picker";
import { topCount } from "@/lib/data/compare";
import type { ProgramName } from "@/lib/data/program-names";

type Props = {
  filters: TimelineFilters;
  /** The programs drawn (ticked): the chosen ones, else the default ones (`byDefault`: none when not known). */
  shown: string[];
  byDefault: string[];
  /** The programs the picker lists (the chosen ones, the drawn ones, a search's matches), of `total`. */
  programs: ProgramName[];
  total: number;
  asOf: string | null;
  find?: { text: string; matches: number };
};

const box = "h-4 w-4 accent-blue-700";

function statusLabel(status: TimelineFilters["status"][number]): string {
  if (status === "overdue") return "Overdue";
  if (status === "completed_late") return "Completed late";
  return statusName(status);
}

/**
 * Checkboxes in a GET form: several programs and statuses at once. Each change applies at once
 * (InstantForm), going straight to the page's address; without JavaScript, Apply submits and the page
 * redirects to it. A long program list is searched (ProgramPicker). The programs drawn by default
 * are ticked, as on /compare: choosing one adds it to them, unticking one leaves it out.
 */
export function TimelineFilterForm({ filters, shown, byDefault, programs, total, asOf, find }: Props) {
  const defaultPrograms = `the ${topCount} with the most milestones (of the statuses ticked)`;
  return (
    <InstantForm
      action="/timeline"
      canonical={timelineCanonicalQuery(byDefault)}
      className="mt-6 grid gap-4 rounded border border-slate-200 p-4 md:grid-cols-2 dark:border-slate-800"
      aria-label="Filter milestones"
    >
      <ProgramPicker
        name="program"
        legend="Programs"
        hint={`None ticked means ${total > topCount ? defaultPrograms : "all"}.`}
        programs={programs}
        checked={shown}
        total={total}
        asOf={asOf}
        find={find}
      />
      <fieldset>
        <legend className="text-sm font-semibold">Status (none ticked: all)</legend>
        <div className="mt-2 grid grid-cols-2 gap-1 text-sm">
          {timelineStatusFilters.map((status) => (
            <label key={status} className="inline-flex items-center gap-2">
              <input type="checkbox" name="status" value={status} defaultChecked={filters.status.includes(status)} className={box} />
              {statusLabel(status)}
            </label>
          ))}
        </div>
      </fieldset>
      <FilterActions path="/timeline" asOf={asOf} className="items-center md:col-span-2" />
    </InstantForm>
  );
}
