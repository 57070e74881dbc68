import type { Metadata } from "next";
import { PartnerMatrix } from "@/components/dashboard/partner-matrix";
import { PublicPage } from "@/components/dashboard/public-page";
import type { SearchParams } from "@/lib/dashboard/search-params";
import { loadPartnerMatrix } from "@/lib/data/partners";
import { parseAsOf } from "@/lib/dashboard/as-of";
import { prisma } from "@/lib/db";

export const metadata: Metadata = { title: "Partners" };

export default async function PartnersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const knownBy = parseAsOf((await searchParams).asOf);
  const matrix = await loadPartnerMatrix(prisma(), knownBy);
  const shared = matrix.organizations.filter((org) => org.programCount > 1).length;
  return (
    <PublicPage knownBy={knownBy} livePath="/partners">
      <h1 className="text-2xl font-bold">Partners</h1>
      <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-300">
        {matrix.organizations.length} organisations take part in {matrix.programs.length} programs; {shared} of them in more than one
        (highlighted, listed first). Each partnership has its source on the organisation’s page.
      </p>
      <PartnerMatrix matrix={matrix} knownBy={knownBy} />
    </PublicPage>
  );
}
