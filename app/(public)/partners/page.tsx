import type { Metadata } from "next";
import Link from "next/link";
import { PartnerMatrix } from "@/components/dashboard/partner-matrix";
import { PublicPage } from "@/components/dashboard/public-page";
import { withAsOf } from "@/lib/dashboard/as-of";
import type { SearchParams } from "@/lib/dashboard/search-params";
import { loadPartnerMatrix } from "@/lib/data/partners";
import { parseAsOf } from "@/lib/dashboard/as-of";
import { prisma } from "@/lib/db";

export const metadata: Metadata = { title: "Partners" };

export default async function PartnersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams;
  const knownBy = parseAsOf(query.asOf);
  // ?unconfirmed=show adds partnerships no source confirms; by default they are neither drawn nor counted.
  const unconfirmed = query.unconfirmed === "show";
  const matrix = await loadPartnerMatrix(prisma(), knownBy, { unconfirmed });
  const shared = matrix.organizations.filter((org) => org.programCount > 1).length;
  return (
    <PublicPage knownBy={knownBy} livePath="/partners">
      <h1 className="text-2xl font-bold">Partners</h1>
      <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-300">
        {matrix.organizations.length} organisations take part in {matrix.programs.length} programs; {shared} of them in more than one
        (highlighted, listed first). Each partnership has its source on the organisation’s page.{" "}
        {unconfirmed ? (
          <>
            Partnerships no source confirms are included.{" "}
            <Link href={withAsOf("/partners", knownBy)} className="underline">
              Confirmed only
            </Link>
            .
          </>
        ) : (
          <>
            Partnerships no source confirms are left out.{" "}
            <Link href={withAsOf("/partners?unconfirmed=show", knownBy)} className="underline">
              Show them too
            </Link>
            .
          </>
        )}
      </p>
      <PartnerMatrix matrix={matrix} knownBy={knownBy} />
    </PublicPage>
  );
}
