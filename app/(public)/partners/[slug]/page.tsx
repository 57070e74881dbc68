import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/dashboard/back-link";
import { PublicPage } from "@/components/dashboard/public-page";
import { ColumnHeadings, ScrollTable, tdClass } from "@/components/dashboard/scroll-table";
import { ProgramLinks } from "@/components/dashboard/program-links";
import { slugRecord, type SlugPageProps } from "@/components/dashboard/slug-page";
import { SourceCitation } from "@/components/dashboard/source-citation";
import { withAsOf } from "@/lib/dashboard/as-of";
import { loadPartner } from "@/lib/data/partners";

const { read } = slugRecord(loadPartner);

export async function generateMetadata(props: SlugPageProps): Promise<Metadata> {
  return { title: (await read(props)).record?.name ?? "Organisation not found" };
}

export default async function PartnerPage(props: SlugPageProps) {
  const { record: org, knownBy, asOf } = await read(props);
  if (!org) notFound();
  return (
    <PublicPage knownBy={knownBy} askedAsOf={asOf} livePath={`/partners/${org.slug}`}>
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
