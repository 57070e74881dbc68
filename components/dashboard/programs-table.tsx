import Link from "next/link";
import type { ReactNode } from "react";
import { withAsOf } from "@/lib/dashboard/as-of";
import { isMetricSort, serializeProgramFilters, type ProgramFilters, type ProgramSort } from "@/lib/dashboard/programs-params";
import type { ProgramRowDto } from "@/lib/data/programs-table";
import type { KnownBy } from "@/lib/dashboard/as-of";
import type { CapacityClaimDto, FundingClaimDto } from "@/lib/data/claim-dto";
import type { SourceDto } from "@/lib/schemas/api/common";
import { ScrollTable, tdClass, thClass } from "./scroll-table";
import { SourceCitation } from "./source-citation";

type Props = { rows: ProgramRowDto[]; filters: ProgramFilters; knownBy: KnownBy; asOf: string | null };

export const programSortNames: Record<ProgramSort, string> = {
  name: "name",
  country: "country",
  announced: "announced date",
  public: "public money (USD)",
  private: "private money (USD)",
  power: "power",
  accelerators: "accelerators",
  compute: "compute",
  overdue: "overdue milestones",
};

const moneyColumns = [
  ["publicMoney", "public-money"],
  ["privateMoney", "private-money"],
] as const;
const capacityColumns = ["power", "accelerators", "compute"] as const;

const muted = "text-slate-600 dark:text-slate-300";

export function ProgramsTable({ rows, filters, knownBy, asOf }: Props) {
  const header = (sort: ProgramSort, label: string) => <SortHeader sort={sort} label={label} filters={filters} asOf={asOf} />;
  return (
    <ScrollTable label="Programs table">
      <table className="w-full min-w-[80rem] border-collapse text-sm" data-testid="programs-table">
        <caption className="sr-only">
          Programs, sorted by {programSortNames[filters.sort]} ({filters.dir === "asc" ? "ascending" : "descending"})
        </caption>
        <thead>
          <tr>
            {header("name", "Program")}
            {header("country", "Country")}
            <th scope="col" className={thClass}>
              Kind, status
            </th>
            {header("announced", "Announced")}
            {header("public", "Public money")}
            {header("private", "Private money")}
            {header("power", "Power")}
            {header("accelerators", "Accelerators")}
            {header("compute", "Compute")}
            {header("overdue", "Overdue milestones")}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug} data-program={row.slug}>
              <th scope="row" className={`${tdClass} text-left`}>
                <Link prefetch={false} href={withAsOf(`/programs/${row.slug}`, knownBy)} className="font-semibold underline">
                  {row.name}
                </Link>
                {row.lead && <div className={`font-normal ${muted}`}>{row.lead}</div>}
              </th>
              <td className={tdClass}>
                {row.country}
                <div className={muted}>{row.region}</div>
              </td>
              <td className={tdClass}>
                {row.kind.replace("_", "–")}
                <div className={muted}>{row.status.replace("_", " ")}</div>
              </td>
              <td className={tdClass}>
                <time dateTime={row.announcedOn}>{row.announcedOn}</time>
              </td>
              {moneyColumns.map(([key, testId]) => (
                <td key={key} className={tdClass} data-testid={testId}>
                  <ClaimCell claim={row[key]} figure={moneyFigure} />
                </td>
              ))}
              {capacityColumns.map((key) => (
                <td key={key} className={tdClass} data-testid={key}>
                  <ClaimCell claim={row[key]} figure={capacityFigure} />
                </td>
              ))}
              <td className={tdClass} data-testid="overdue">
                {row.overdue > 0 ? (
                  <Link prefetch={false} href={withAsOf(`/timeline?program=${row.slug}&status=overdue`, knownBy)} className="underline">
                    {row.overdue} overdue
                  </Link>
                ) : (
                  <span className={muted}>None</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

// Each sortable header is a link: the first click sorts text ascending and figures largest first, a
// second one reverses. Sorting returns to the first page.
function SortHeader({ sort, label, filters, asOf }: { sort: ProgramSort; label: string; filters: ProgramFilters; asOf: string | null }) {
  const active = filters.sort === sort;
  const firstDir = isMetricSort(sort) ? "desc" : "asc";
  const dir = active ? (filters.dir === "asc" ? "desc" : "asc") : firstDir;
  const href = `/programs${serializeProgramFilters({ ...filters, sort, dir, page: 1 }, asOf)}`;
  const order = (d: string) => (d === "asc" ? "ascending" : "descending");
  return (
    <th scope="col" className={thClass} aria-sort={active ? order(filters.dir) : undefined}>
      <Link prefetch={false} href={href} className="underline">
        {label}
        <span aria-hidden="true">{active ? (filters.dir === "asc" ? " ▲" : " ▼") : ""}</span>
        <span className="sr-only">{active ? ` (sorted ${order(filters.dir)}; sort ${order(dir)})` : ` (sort ${order(dir)})`}</span>
      </Link>
    </th>
  );
}

/** A figure's cell: "—" without a claim, else the figure as stated, then its source. */
function ClaimCell<C extends { source: SourceDto }>({ claim, figure }: { claim: C | null; figure: (claim: C) => ReactNode }) {
  if (!claim) return <span className={muted}>—</span>;
  return (
    <div>
      {figure(claim)}
      <div>
        <SourceCitation source={claim.source} />
      </div>
    </div>
  );
}

function moneyFigure(claim: FundingClaimDto) {
  return (
    <>
      <span className="font-semibold" data-testid="original-amount">
        {claim.money.text}
      </span>
      {claim.confidence !== "verified" && <span> ({claim.confidence})</span>}
      <div data-testid="usd-amount">
        {claim.money.usd.ok ? (claim.money.usd.sentence ?? "Stated in US dollars.") : `No USD conversion: ${claim.money.usd.message}`}
      </div>
    </>
  );
}

function capacityFigure(claim: CapacityClaimDto) {
  return (
    <>
      <span className="font-semibold">{claim.text}</span>
      {claim.precisionLabel && <span> ({claim.precisionLabel})</span>}
      {claim.confidence !== "verified" && <span> ({claim.confidence})</span>}
      <div className={muted}>{claim.kind === "operational" ? "operational" : "target"}</div>
    </>
  );
}
