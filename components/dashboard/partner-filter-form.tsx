// A plain GET form: it works without JavaScript, and the resulting address is a permalink.
import { organizationKinds } from "@/lib/core/vocabulary";
import type { PartnerFilters } from "@/lib/dashboard/partners-params";
import { FilterActions } from "./filter-actions";

type Props = { filters: PartnerFilters; programs: { slug: string; name: string }[]; asOf: string | null };

const field = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900";

export function PartnerFilterForm({ filters, programs, asOf }: Props) {
  return (
    <form
      method="get"
      action="/partners"
      className="mt-6 grid gap-4 rounded border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-4 dark:border-slate-800"
      aria-label="Filter partners"
    >
      <label className="text-sm font-semibold">
        Program
        <select name="program" defaultValue={filters.program ?? ""} className={field}>
          <option value="">All</option>
          {programs.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-semibold">
        Kind of organisation
        <select name="kind" defaultValue={filters.kind ?? ""} className={field}>
          <option value="">All</option>
          {organizationKinds.map((kind) => (
            <option key={kind} value={kind}>
              {kind.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 self-end text-sm font-semibold">
        <input type="checkbox" name="unconfirmed" value="show" defaultChecked={filters.unconfirmed === "show"} />
        Include partnerships no source confirms
      </label>
      <FilterActions path="/partners" asOf={asOf} className="items-end" />
    </form>
  );
}
