import Link from "next/link";
import { withAsOf } from "@/lib/dashboard/as-of";
import { serializeProgramFilters, type ProgramFilters, type ProgramSort } from "@/lib/dashboard/programs-params";
import type { ProgramRowDto } from "@/lib/data/programs-table";
import type { KnownBy } from "@/lib/dashboard/as-of";
import { ScrollTable, tdClass, thClass } from "./scroll-table";
import { SourceCitation } from "./source-citation";

type Props = { rows: ProgramRowDto[]; filters: ProgramFilters; knownBy: KnownBy; asOf: string | null };

export function ProgramsTable({ rows, filters, knownBy, asOf }: Props) {
  const header = (sort: ProgramSort, label: string) => <SortHeader sort={sort} label={label} filters={filters} asOf={asOf} />;
  return (
    <ScrollTable label="Programs table">
      <table className="w-full min-w-[52rem] border-collapse text-sm" data-testid="programs-table">
        <caption className="sr-only">
          Programs, sorted by {sortNames[filters.sort]} ({filters.dir === "asc" ? "ascending" : "descending"})
        </caption>
        <thead>
          <tr>
            {header("name", "Program")}
            {header("country", "Country")}
            <th scope="col" className={thClass}>
              Region
            </th>
            <th scope="col" className={thClass}>
              Kind
            </th>
            <th scope="col" className={thClass}>
              Status
            </th>
            {header("announced", "Announced")}
            {header("usd", "Headline money")}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug} data-program={row.slug}>
              <th scope="row" className={`${tdClass} text-left`}>
                <Link href={withAsOf(`/programs/${row.slug}`, knownBy)} className="font-semibold underline">
                  {row.name}
                </Link>
                {row.lead && <div className="font-normal text-slate-600 dark:text-slate-300">{row.lead}</div>}
              </th>
              <td className={tdClass}>{row.country}</td>
              <td className={tdClass}>{row.region}</td>
              <td className={tdClass}>{row.kind.replace("_", "–")}</td>
              <td className={tdClass}>{row.status.replace("_", " ")}</td>
              <td className={tdClass}>
                <time dateTime={row.announcedOn}>{row.announcedOn}</time>
              </td>
              <td className={tdClass}>
                <HeadlineCell row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

const sortNames: Record<ProgramSort, string> = {
  name: "name",
  country: "country",
  announced: "announced date",
  usd: "headline money in USD",
};

// Each sortable header is a link: the first click sorts ascending, a second one reverses.
function SortHeader({ sort, label, filters, asOf }: { sort: ProgramSort; label: string; filters: ProgramFilters; asOf: string | null }) {
  const active = filters.sort === sort;
  const dir = active && filters.dir === "asc" ? "desc" : "asc";
  const href = `/programs${serializeProgramFilters({ ...filters, sort, dir }, asOf)}`;
  return (
    <th scope="col" className={thClass} aria-sort={active ? (filters.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={href} className="underline">
        {label}
        <span aria-hidden="true">{active ? (filters.dir === "asc" ? " ▲" : " ▼") : ""}</span>
        <span className="sr-only">
          {active ? ` (sorted ${filters.dir === "asc" ? "ascending" : "descending"}; sort descending)` : " (sort ascending)"}
        </span>
      </Link>
    </th>
  );
}

function HeadlineCell({ row }: { row: ProgramRowDto }) {
  const claim = row.headline;
  if (!claim) return <span className="text-slate-600 dark:text-slate-300">No headline figure</span>;
  return (
    <div>
      <span className="font-semibold" data-testid="original-amount">
        {claim.money.text}
      </span>
      {claim.confidence !== "verified" && <span> ({claim.confidence})</span>}
      <div data-testid="usd-amount">
        {claim.money.usd.ok ? (claim.money.usd.sentence ?? "Stated in US dollars.") : `No USD conversion: ${claim.money.usd.message}`}
      </div>
      <div>
        <SourceCitation source={claim.source} />
      </div>
    </div>
  );
}
