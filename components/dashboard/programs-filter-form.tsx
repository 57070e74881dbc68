// A GET form that applies each change in place (InstantForm); without JavaScript it is the plain form,
// submitted by its button. The resulting address is a permalink.
import { programSorts, programsCanonicalQuery, type ProgramFilters } from "@/lib/dashboard/programs-params";
import { programKinds, programStatuses } from "@/lib/core/vocabulary";
import { InstantForm } from "@/components/controls/instant-form";
import { FilterActions } from "./filter-actions";
import { FilterSelect, filterFieldClass } from "./filter-select";
import { programSortNames } from "./programs-table";

type Props = { filters: ProgramFilters; regions: string[]; countries: string[]; asOf: string | null };

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function ProgramsFilterForm({ filters, regions, countries, asOf }: Props) {
  return (
    <InstantForm
      action="/programs"
      canonical={programsCanonicalQuery}
      className="mt-6 grid gap-4 rounded border border-slate-200 p-4 sm:grid-cols-3 lg:grid-cols-4 dark:border-slate-800"
      aria-label="Filter and sort programs"
    >
      <FilterSelect name="region" label="Region" value={filters.region} options={regions} />
      <FilterSelect name="country" label="Country" value={filters.country} options={countries} />
      <FilterSelect name="status" label="Status" value={filters.status} options={programStatuses} />
      <FilterSelect name="kind" label="Kind" value={filters.kind} options={programKinds} />
      <label className="flex items-center gap-2 self-end text-sm font-semibold">
        <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue === "1"} />
        With overdue milestones only
      </label>
      <label className="text-sm font-semibold">
        Sort by
        <select name="sort" defaultValue={filters.sort} className={filterFieldClass}>
          {programSorts.map((sort) => (
            <option key={sort} value={sort}>
              {capitalised(programSortNames[sort])}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-semibold">
        Order
        <select name="dir" defaultValue={filters.dir} className={filterFieldClass}>
          <option value="asc">Ascending</option>
          <option value="desc">Descending</option>
        </select>
      </label>
      <FilterActions path="/programs" asOf={asOf} className="items-end" />
    </InstantForm>
  );
}
