import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AnnouncementList } from "@/components/dashboard/announcement-list";
import { BackLink } from "@/components/dashboard/back-link";
import { PublicPage } from "@/components/dashboard/public-page";
import { slugRecord, type SlugPageProps } from "@/components/dashboard/slug-page";
import { loadProgramAnnouncements } from "@/lib/data/program-announcements";

// Every announcement of one program, oldest first: its page shows the latest and links here.
const { read } = slugRecord(loadProgramAnnouncements);

export async function generateMetadata(props: SlugPageProps): Promise<Metadata> {
  const program = (await read(props)).record;
  return { title: program ? `Announcements of ${program.name}` : "Program not found" };
}

export default async function ProgramAnnouncementsPage(props: SlugPageProps) {
  const { record: program, knownBy, asOf } = await read(props);
  if (!program) notFound();
  return (
    <PublicPage knownBy={knownBy} askedAsOf={asOf} livePath={`/programs/${program.slug}/announcements`}>
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
