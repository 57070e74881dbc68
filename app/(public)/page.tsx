import type { Metadata } from "next";
import { AnnouncementList } from "@/components/dashboard/announcement-list";
import { BudgetChart } from "@/components/charts/budget-chart";
import { HeadlineFigures } from "@/components/dashboard/headline-figures";
import { MilestoneList } from "@/components/dashboard/milestone-list";
import { PublicPage } from "@/components/dashboard/public-page";
import { ProgramList } from "@/components/dashboard/program-list";
import { OverviewRanks } from "@/components/dashboard/overview-ranks";
import { asOfDay, withAsOf } from "@/lib/dashboard/as-of";
import { loadOverviewRanks } from "@/lib/data/overview-ranks";
import { first, type SearchParams } from "@/lib/dashboard/search-params";
import { loadOverview, UPCOMING_DAYS } from "@/lib/data/overview";
import { parseAsOf } from "@/lib/dashboard/as-of";
import { plural } from "@/lib/core/plural";
import { prisma } from "@/lib/db";
import { oembedMetadata, shareContext } from "@/lib/embed/share-context";

type Props = { searchParams: Promise<SearchParams> };

const PROGRAMS_LISTED = 6;
const OVERDUE_LISTED = 8;

// The overview carries the budget chart, so it is a chart page for oEmbed (parseChartUrl reads "/").
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const day = asOfDay(parseAsOf(first((await searchParams).asOf)));
  return oembedMetadata(day ? `/?asOf=${day}` : "/", "Budget comparison");
}

export default async function OverviewPage({ searchParams }: Props) {
  const askedAsOf = (await searchParams).asOf;
  const knownBy = parseAsOf(askedAsOf);
  const [overview, ranks, share] = await Promise.all([
    loadOverview(prisma(), knownBy),
    loadOverviewRanks(prisma(), knownBy),
    shareContext(),
  ]);
  const asOf = asOfDay(knownBy);
  // Newest first; with hundreds of programs the rest are one link away, in the explorer.
  const newest = overview.programs.slice(-PROGRAMS_LISTED).reverse();
  return (
    <PublicPage knownBy={knownBy} askedAsOf={askedAsOf} livePath="/">
      <h1 className="text-2xl font-bold">National AI compute programs</h1>
      {/* One line, then the first chart (the ranked small multiples). */}
      <p className="mt-1 max-w-prose text-slate-600 dark:text-slate-300">
        {plural(overview.programs.length, "program")} tracked. Each bar is one program’s own figure from a named source; a total further
        down adds only figures of the same kind and shape, and says which.
      </p>
      <OverviewRanks ranks={ranks} knownBy={knownBy} asOf={asOf} />
      <BudgetChart knownBy={knownBy} share={share} />
      <HeadlineFigures overview={overview} knownBy={knownBy} />
      <div className="mt-10 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="overdue">
          <h2 id="overdue" className="text-xl font-bold">
            Overdue milestones ({overview.overdueCount})
          </h2>
          <p className="text-sm">
            Open on {overview.today} although their deadline has passed (verified or reported milestones; unverified ones are on the
            timeline).
          </p>
          <MilestoneList
            milestones={overview.overdue.slice(0, OVERDUE_LISTED)}
            knownBy={knownBy}
            label="Overdue milestones"
            empty="Nothing is overdue."
          />
          {overview.overdueCount > OVERDUE_LISTED && (
            <p className="mt-2 text-sm">
              <a href={withAsOf("/timeline?status=overdue", knownBy)} className="underline">
                All {overview.overdueCount} overdue milestones on the timeline
              </a>
            </p>
          )}
        </section>
        <section aria-labelledby="upcoming">
          <h2 id="upcoming" className="text-xl font-bold">
            Upcoming milestones
          </h2>
          <p className="text-sm">
            Due within {UPCOMING_DAYS} days of {overview.today}.
          </p>
          <MilestoneList
            milestones={overview.upcoming}
            knownBy={knownBy}
            label="Upcoming milestones"
            empty="Nothing is due in this period."
          />
        </section>
      </div>
      <section aria-labelledby="latest" className="mt-10">
        <h2 id="latest" className="text-xl font-bold">
          Latest announcements
        </h2>
        <AnnouncementList announcements={overview.announcements} knownBy={knownBy} label="Latest announcements, newest first" />
      </section>
      <section aria-labelledby="all-programs" className="mt-10">
        <h2 id="all-programs" className="text-xl font-bold">
          {newest.length < overview.programs.length ? "Newest programs" : "Programs"}
        </h2>
        <ProgramList programs={newest} headingLevel={3} knownBy={knownBy} />
        <p className="mt-4">
          <a href={withAsOf("/programs", knownBy)} className="underline">
            All {plural(overview.programs.length, "program")}, sortable by every measure
          </a>
        </p>
      </section>
    </PublicPage>
  );
}
