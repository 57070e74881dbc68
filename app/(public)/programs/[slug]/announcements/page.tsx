import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AnnouncementList } from "@/components/dashboard/announcement-list";
import { BackLink } from "@/components/dashboard/back-link";
import { PublicPage } from "@/components/dashboard/public-page";
import { parseAsOf } from "@/lib/dashboard/as-of";
import { first, type SearchParams } from "@/lib/dashboard/search-params";
import { loadProgramAnnouncements } from "@/lib/data/program-announcements";
import { prisma } from "@/lib/db";

// Every announcement of one program, oldest first: its page shows the latest and links here.
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

// Metadata and page share one load per request.
const load = cache((slug: string, asOf: string | undefined) => loadProgramAnnouncements(prisma(), parseAsOf(asOf), slug));

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const program = await load(slug, first(query.asOf));
  return { title: program ? `Announcements of ${program.name}` : "Program not found" };
}

export default async function ProgramAnnouncementsPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const asOf = first(query.asOf);
  const knownBy = parseAsOf(asOf);
  const program = await load(slug, asOf);
  if (!program) notFound();
  return (
    <PublicPage knownBy={knownBy} livePath={`/programs/${program.slug}/announcements`}>
      <BackLink path={`/programs/${program.slug}`} label={program.name} knownBy={knownBy} />
      <h1 className="mt-2 text-2xl font-bold">Announcements of {program.name}</h1>
      <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-300">
        {program.announcements.length === 1 ? "One announcement" : `${program.announcements.length} announcements, oldest first`}, each with
        its source.
      </p>
      <AnnouncementList announcements={program.announcements} knownBy={knownBy} label={`Announcements of ${program.name}, oldest first`} />
    </PublicPage>
  );
}
