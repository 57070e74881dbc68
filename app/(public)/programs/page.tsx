import type { Metadata } from "next";
import { PublicPage } from "@/components/dashboard/public-page";
import { ProgramsFilterForm } from "@/components/dashboard/programs-filter-form";
import { ProgramsPager } from "@/components/dashboard/programs-pager";
import { ProgramsTable } from "@/components/dashboard/programs-table";
import { asOfDay, parseAsOf } from "@/lib/dashboard/as-of";
import { parseProgramFilters, PROGRAMS_PAGE_SIZE, serializeProgramFilters } from "@/lib/dashboard/programs-params";
import type { SearchParams } from "@/lib/dashboard/search-params";
import { loadProgramsTable } from "@/lib/data/programs-table";
import { prisma } from "@/lib/db";

export const metadata: Metadata = { title: "Programs" };

export default async function ProgramsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams;
  const knownBy = parseAsOf(query.asOf);
  const filters = parseProgramFilters(query);
  const table = await loadProgramsTable(prisma(), knownBy, filters);
  const asOf = asOfDay(knownBy);
  const shownFilters = { ...filters, page: table.page };
  const from = (table.page - 1) * PROGRAMS_PAGE_SIZE + 1;
  return (
    <PublicPage knownBy={knownBy} askedAsOf={query.asOf} livePath={`/programs${serializeProgramFilters({ ...filters, page: 1 }, null)}`}>
      <h1 className="text-2xl font-bold">Programs</h1>
      <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-300">
        {/* A live region: a screen reader hears the count change when the form applies at once. */}
        <span role="status">
          {table.matching} of {table.total} programs match
          {table.rows.length > 0 && table.matching > table.rows.length ? `; showing ${from}–${from + table.rows.length - 1}` : ""}.
        </span>{" "}
        Each column shows one figure per program, as its source states it: the newest headline claim of that metric (never a sum of claims).
        Sorting uses that figure: a range by its upper end, money by its value in US dollars at the reference rate of its year, compute one
        precision at a time (FP64 and AI low-precision figures never compare); programs without the figure come last.
      </p>
      <ProgramsFilterForm filters={filters} regions={table.regions} countries={table.countries} asOf={asOf} />
      {table.rows.length === 0 ? (
        <p className="mt-6" role="status">
          No program matches these filters.
        </p>
      ) : (
        <>
          <ProgramsTable rows={table.rows} filters={shownFilters} knownBy={knownBy} asOf={asOf} />
          <ProgramsPager filters={shownFilters} page={table.page} pages={table.pages} asOf={asOf} />
        </>
      )}
    </PublicPage>
  );
}
