import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnnouncementList } from "@/components/dashboard/announcement-list";
import { CapacitySection, FundingSection } from "@/components/dashboard/claim-sections";
import { MilestoneTable } from "@/components/dashboard/milestone-table";
import { markNumbers } from "@/lib/charts/timeline-layout";
import { PartnerGroups } from "@/components/dashboard/partner-groups";
import { ProgramFundingChart, ProgramMilestoneChart } from "@/components/dashboard/program-charts";
import { PublicPage } from "@/components/dashboard/public-page";
import { slugRecord, slugRequest, type SlugPageProps } from "@/components/dashboard/slug-page";
import { ProgramContents } from "@/components/dashboard/program-contents";
import { ProgramHeader } from "@/components/dashboard/program-header";
import { ProgramSourceList } from "@/components/dashboard/program-source-list";
import { StatusTimeline } from "@/components/dashboard/status-timeline";
import { ShareToolbar } from "@/components/share/share-toolbar";
import { asOfDay, withAsOf } from "@/lib/dashboard/as-of";
import { loadCompare } from "@/lib/data/compare";
import { loadProgramDetail } from "@/lib/data/program-detail";
import { countSources } from "@/lib/data/sources";
import { loadTimeline } from "@/lib/data/timeline";
import { prisma } from "@/lib/db";
import { chartTitle, programCompareParams, programTimelineFilters, type ChartRef } from "@/lib/charts/chart-ref";
import { oembedMetadata, shareContext } from "@/lib/embed/share-context";

// The page shows the latest announcement; the full list has its own page, as the sources do.
const LATEST_ANNOUNCEMENTS = 1;

const { read, load } = slugRecord(loadProgramDetail);

export async function generateMetadata(props: SlugPageProps): Promise<Metadata> {
  const { record: program, knownBy } = await read(props);
  if (!program) return { title: "Program not found" };
  const day = asOfDay(knownBy);
  return { title: program.name, ...(await oembedMetadata(`/programs/${program.slug}${day ? `?asOf=${day}` : ""}`, program.name)) };
}

export default async function ProgramPage(props: SlugPageProps) {
  const request = await slugRequest(props);
  const { slug, knownBy } = request;
  const day = asOfDay(knownBy);
  // Every load at once; a slug that names no program wastes three small reads on its way to a 404.
  const [program, funding, timeline, sources, share] = await Promise.all([
    load(request),
    loadCompare(prisma(), programCompareParams(slug, day), knownBy),
    loadTimeline(prisma(), knownBy, programTimelineFilters(slug)),
    // The count of the list the page links to (/sources?program=), so the two always agree.
    countSources(prisma(), knownBy, { program: slug }),
    shareContext(),
  ]);
  if (!program) notFound();
  const toolbar = (chart: ChartRef, idPrefix: string) => (
    <ShareToolbar chart={chart} title={chartTitle(chart, () => program.name)} idPrefix={idPrefix} {...share} />
  );
  return (
    <PublicPage knownBy={knownBy} askedAsOf={request.asOf} livePath={`/programs/${program.slug}`}>
      <ProgramHeader program={program} knownBy={knownBy} />
      <ProgramContents hasStatusHistory={program.statusHistory.length > 0} />
      <StatusTimeline changes={program.statusHistory} programName={program.name} />
      <ProgramFundingChart
        data={funding}
        programName={program.name}
        share={toolbar({ kind: "program", slug: program.slug, chart: "funding", asOf: day }, "funding")}
      />
      <FundingSection claims={program.funding} numbers={new Map(funding.chart.rows.map((row) => [row.id, row.n]))} />
      <CapacitySection groups={program.capacity} />
      <ProgramMilestoneChart
        timeline={timeline}
        programName={program.name}
        share={toolbar({ kind: "program", slug: program.slug, chart: "timeline", asOf: day }, "milestones")}
      >
        <p className="mt-3 text-sm">
          Judged on {program.today}.{" "}
          <Link prefetch={false} href={withAsOf(`/timeline?program=${program.slug}`, knownBy)} className="underline">
            See them on the timeline
          </Link>
          .
        </p>
        <MilestoneTable
          milestones={program.milestones}
          caption={`Milestones of ${program.name}`}
          knownBy={knownBy}
          numbers={markNumbers(timeline.chart)}
        />
      </ProgramMilestoneChart>
      <PartnerGroups groups={program.partners} knownBy={knownBy} />
      <section aria-labelledby="announcements" className="mt-10">
        <h2 id="announcements" className="text-xl font-bold">
          Announcements ({program.announcements.length})
        </h2>
        {program.announcements.length > LATEST_ANNOUNCEMENTS && (
          <p className="mt-1 text-sm">
            The latest.{" "}
            <Link prefetch={false} href={withAsOf(`/programs/${program.slug}/announcements`, knownBy)} className="underline">
              All {program.announcements.length} announcements of {program.name}
            </Link>
          </p>
        )}
        <AnnouncementList
          announcements={program.announcements.slice(-LATEST_ANNOUNCEMENTS)}
          knownBy={knownBy}
          label={`Latest announcement of ${program.name}`}
        />
      </section>
      <ProgramSourceList count={sources} program={program} knownBy={knownBy} />
    </PublicPage>
  );
}
