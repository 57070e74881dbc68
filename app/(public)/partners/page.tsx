import type { Metadata } from "next";
import { plural } from "@/lib/core/plural";
import { PartnerFilterForm } from "@/components/dashboard/partner-filter-form";
import { PartnerMatrix } from "@/components/dashboard/partner-matrix";
import { PublicPage } from "@/components/dashboard/public-page";
import { asOfDay, parseAsOf } from "@/lib/dashboard/as-of";
import { parsePartnerFilters, serializePartnerFilters } from "@/lib/dashboard/partners-params";
import type { SearchParams } from "@/lib/dashboard/search-params";
import { loadPartnerMatrix, loadPartnerPrograms, matrixColumns } from "@/lib/data/partners";
import { prisma } from "@/lib/db";

export const metadata: Metadata = { title: "Partners" };

export default async function PartnersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams;
  const knownBy = parseAsOf(query.asOf);
  const filters = parsePartnerFilters(query);
  const [matrix, programs] = await Promise.all([
    loadPartnerMatrix(prisma(), knownBy, { ...filters, unconfirmed: filters.unconfirmed === "show" }),
    loadPartnerPrograms(prisma(), knownBy),
  ]);
  const columns = matrixColumns(matrix);
  const shared = matrix.organizations.filter((org) => org.programCount > 1).length;
  return (
    <PublicPage knownBy={knownBy} askedAsOf={query.asOf} livePath={`/partners${serializePartnerFilters(filters, null)}`}>
      <h1 className="text-2xl font-bold">Partners</h1>
      <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-300">
        {plural(matrix.organizations.length, "organisation")} {matrix.organizations.length === 1 ? "takes" : "take"} part in{" "}
        {plural(matrix.programs.length, "program")}; {shared} of them in more than one (highlighted, listed first). Each organisation has
        one row, its roles in a program listed together; each partnership has its source on the organisation’s page.{" "}
        {filters.unconfirmed === "show"
          ? "Partnerships no source confirms are included."
          : "Partnerships no source confirms are left out unless you include them below."}
        {columns.length < matrix.programs.length &&
          ` The table shows the ${columns.length} programs with the most partners; pick a program to see its own.`}
      </p>
      <PartnerFilterForm filters={filters} programs={programs} asOf={asOfDay(knownBy)} />
      {matrix.organizations.length === 0 ? (
        <p className="mt-6" role="status">
          No partner matches these filters.
        </p>
      ) : (
        <PartnerMatrix matrix={{ ...matrix, programs: columns }} knownBy={knownBy} />
      )}
    </PublicPage>
  );
}
