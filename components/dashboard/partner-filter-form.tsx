// A plain GET form: it works without JavaScript, and the resulting address is a permalink.
import { organizationKinds } from "@/lib/core/vocabulary";
import type { PartnerFilters } from "@/lib/dashboard/partners-params";
import { FilterActions } from "./filter-actions";
import { FilterSelect } from "./filter-select";

type Props = { filters: PartnerFilters; programs: { slug: string; name: string }[]; asOf: string | null };

export function PartnerFilterForm({ filters, programs, asOf }: Props) {
  return (
    <form
      method="get"
      action="/partners"
      className="mt-6 grid gap-4 rounded border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-4 dark:border-slate-800"
      aria-label="Filter partners"
    >
      <FilterSelect name="program" label="Program" value={filters.program} options={programs.map((p) => [p.slug, p.name] as const)} />
      <FilterSelect name="kind" label="Kind of organisation" value={filters.kind} options={organizationKinds} />
      <label className="flex items-center gap-2 self-end text-sm font-semibold">
        <input type="checkbox" name="unconfirmed" value="show" defaultChecked={filters.unconfirmed === "show"} />
        Include partnerships no source confirms
      </label>
      <FilterActions path="/partners" asOf={asOf} className="items-end" />
    </form>
  );
}
