import type { Metadata } from "next";
import { PublicPage } from "@/components/dashboard/public-page";
import { ProgramsFilterForm } from "@/components/dashboard/programs-filter-form";
import { ProgramsTable } from "@/components/dashboard/programs-table";
import { asOfDay } from "@/lib/dashboard/as-of";
import { parseProgramFilters } from "@/lib/dashboard/programs-params";
import type { SearchParams } from "@/lib/dashboard/search-params";
import { loadProgramsTable } from "@/lib/data/programs-table";
import { parseAsOf } from "@/lib/dashboard/as-of";
import { prisma } from "@/lib/db";

export const metadata: Metadata = { title: "Programs" };

export default async function ProgramsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams;
  const knownBy = parseAsOf(query.asOf);
  const filters = parseProgramFilters(query);
  const table = await loadProgramsTable(prisma(), knownBy, filters);
  const asOf = asOfDay(knownBy);
  return (
    <PublicPage knownBy={knownBy} livePath="/programs">
      <h1 className="text-2xl font-bold">Programs</h1>
      <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-300">
        Showing {table.rows.length} of {table.total} programs. Headline money is the figure editors chose as the program’s headline, in its
        original currency and in US dollars at the reference rate of its year; sorting by money uses the upper end of the USD figure, and
        programs without one come last.
      </p>
      <ProgramsFilterForm filters={filters} regions={table.regions} asOf={asOf} />
      {table.rows.length === 0 ? (
        <p className="mt-6" role="status">
          No program matches these filters.
        </p>
      ) : (
        <ProgramsTable rows={table.rows} filters={filters} knownBy={knownBy} asOf={asOf} />
      )}
    </PublicPage>
  );
}
