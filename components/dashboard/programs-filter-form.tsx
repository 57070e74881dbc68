// A GET form that applies each change in place (InstantForm); without JavaScript it is the plain form,
// submitted by its button. The resulting address is a permalink.
import { programSorts, programsCanonicalQuery, type ProgramFilters } from "@/lib/dashboard/programs-params";
import { programKinds, programStatuses } from "@/lib/core/vocabulary";
import { InstantForm } from "@/components/controls/instant-form";
import { FilterActions } from "./filter-actions";
import { programSortNames } from "./programs-table";

type Props = { filters: ProgramFilters; regions: string[]; countries: string[]; asOf: string | null };

const field = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900";
const words = (value: string) => value.replaceAll("_", " ");
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function ProgramsFilterForm({ filters, regions, countries, asOf }: Props) {
  return (
    <InstantForm
      action="/programs"
      canonical={programsCanonicalQuery}
      className="mt-6 grid gap-4 rounded border border-slate-200 p-4 sm:grid-cols-3 lg:grid-cols-4 dark:border-slate-800"
      aria-label="Filter and sort programs"
    >
      <Select name="region" label="Region" value={filters.region} options={regions} />
      <Select name="country" label="Country" value={filters.country} options={countries} />
      <Select name="status" label="Status" value={filters.status} options={programStatuses} />
      <Select name="kind" label="Kind" value={filters.kind} options={programKinds} />
      <label className="flex items-center gap-2 self-end text-sm font-semibold">
        <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue === "1"} />
        With overdue milestones only
      </label>
      <label className="text-sm font-semibold">
        Sort by
        <select name="sort" defaultValue={filters.sort} className={field}>
          {programSorts.map((sort) => (
            <option key={sort} value={sort}>
              {capitalised(programSortNames[sort])}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-semibold">
        Order
        <select name="dir" defaultValue={filters.dir} className={field}>
          <option value="asc">Ascending</option>
          <option value="desc">Descending</option>
        </select>
      </label>
      <FilterActions path="/programs" asOf={asOf} className="items-end" />
    </InstantForm>
  );
}

function Select({ name, label, value, options }: { name: string; label: string; value: string | undefined; options: readonly string[] }) {
  return (
    <label className="text-sm font-semibold">
      {label}
      <select name={name} defaultValue={value ?? ""} className={field}>
        <option value="">All</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {words(option)}
          </option>
        ))}
      </select>
    </label>
  );
}
