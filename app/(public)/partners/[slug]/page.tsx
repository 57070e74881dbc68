import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { BackLink } from "@/components/dashboard/back-link";
import { PublicPage } from "@/components/dashboard/public-page";
import { ColumnHeadings, ScrollTable, tdClass } from "@/components/dashboard/scroll-table";
import { ProgramLinks } from "@/components/dashboard/program-links";
import { SourceCitation } from "@/components/dashboard/source-citation";
import { withAsOf } from "@/lib/dashboard/as-of";
import { first, type SearchParams } from "@/lib/dashboard/search-params";
import { loadPartner } from "@/lib/data/partners";
import { parseAsOf } from "@/lib/dashboard/as-of";
import { prisma } from "@/lib/db";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

const load = cache((slug: string, asOf: string | undefined) => loadPartner(prisma(), parseAsOf(asOf), slug));

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  return { title: (await load(slug, first(query.asOf)))?.name ?? "Organisation not found" };
}

export default async function PartnerPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const asOf = first(query.asOf);
  const knownBy = parseAsOf(asOf);
  const org = await load(slug, asOf);
  if (!org) notFound();
  return (
    <PublicPage knownBy={knownBy} livePath={`/partners/${org.slug}`}>
      <BackLink path="/partners" label="All partners" knownBy={knownBy} />
      <h1 className="mt-2 text-2xl font-bold">{org.name}</h1>
      <p className="text-slate-600 dark:text-slate-300">
        {org.kind.replace("_", " ")}
        {org.country ? ` · ${org.country}` : ""}
        {org.website && (
          <>
            {" "}
            ·{" "}
            <a href={org.website} className="underline" rel="noopener noreferrer">
              website
            </a>
          </>
        )}
      </p>
      {org.notes && <p className="mt-3 max-w-prose">{org.notes}</p>}
      {org.led.length > 0 && (
        <p className="mt-3">
          Leads: <ProgramLinks programs={org.led} knownBy={knownBy} />
        </p>
      )}
      <h2 className="mt-8 text-xl font-bold">Roles in programs ({org.participations.length})</h2>
      <ScrollTable label={`Roles of ${org.name}`}>
        <table className="w-full min-w-[40rem] border-collapse text-sm" data-testid="partner-roles">
          <thead>
            <tr>
              <ColumnHeadings headings={["Program", "Role", "Details", "Source"]} />
            </tr>
          </thead>
          <tbody>
            {org.participations.map((p) => (
              <tr key={p.id} data-program={p.program.slug}>
                <th scope="row" className={`${tdClass} text-left`}>
                  <Link prefetch={false} href={withAsOf(`/programs/${p.program.slug}`, knownBy)} className="underline">
                    {p.program.name}
                  </Link>
                </th>
                <td className={tdClass}>
                  {p.roleName}
                  {p.confidence !== "verified" && ` (${p.confidence})`}
                </td>
                <td className={tdClass}>
                  {p.roleDetail}
                  {p.contribution && <div>Contribution: {p.contribution}</div>}
                </td>
                <td className={tdClass}>
                  <SourceCitation source={p.source} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </PublicPage>
  );
}
