import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AnnouncementList } from "@/components/dashboard/announcement-list";
import { CapacitySection, FundingSection } from "@/components/dashboard/claim-sections";
import { MilestoneTable } from "@/components/dashboard/milestone-table";
import { PartnerGroups } from "@/components/dashboard/partner-groups";
import { PublicPage } from "@/components/dashboard/public-page";
import { ProgramHeader } from "@/components/dashboard/program-header";
import { ProgramSourceList } from "@/components/dashboard/program-source-list";
import { withAsOf } from "@/lib/dashboard/as-of";
import { first, type SearchParams } from "@/lib/dashboard/search-params";
import { loadProgramDetail } from "@/lib/data/program-detail";
import { parseAsOf } from "@/lib/data/visibility";
import { prisma } from "@/lib/db";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

// Metadata and page share one load per request.
const load = cache((slug: string, asOf: string | undefined) => loadProgramDetail(prisma(), parseAsOf(asOf), slug));

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const program = await load(slug, first(query.asOf));
  return { title: program?.name ?? "Program not found" };
}

export default async function ProgramPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const asOf = first(query.asOf);
  const knownBy = parseAsOf(asOf);
  const program = await load(slug, asOf);
  if (!program) notFound();
  return (
    <PublicPage knownBy={knownBy} livePath={`/programs/${program.slug}`}>
      <ProgramHeader program={program} knownBy={knownBy} />
      <FundingSection claims={program.funding} />
      <CapacitySection groups={program.capacity} />
      <section aria-labelledby="milestones" className="mt-10">
        <h2 id="milestones" className="text-xl font-bold">Milestones</h2>
        <p className="mt-1 text-sm">
          Judged on {program.today}.{" "}
          <Link href={withAsOf(`/timeline?program=${program.slug}`, knownBy)} className="underline">See them on the timeline</Link>.
        </p>
        <MilestoneTable milestones={program.milestones} caption={`Milestones of ${program.name}`} knownBy={knownBy} />
      </section>
      <PartnerGroups groups={program.partners} knownBy={knownBy} />
      <section aria-labelledby="announcements" className="mt-10">
        <h2 id="announcements" className="text-xl font-bold">Announcements</h2>
        <AnnouncementList announcements={program.announcements} knownBy={knownBy} label={`Announcements of ${program.name}, oldest first`} />
      </section>
      <ProgramSourceList sources={program.sources} />
    </PublicPage>
  );
}
