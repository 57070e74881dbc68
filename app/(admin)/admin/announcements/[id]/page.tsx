import { ownValue } from "@/lib/own-value";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AnnouncementReview } from "@/components/admin/announcement-review";
import { LifecycleButtons } from "@/components/admin/edit/lifecycle-buttons";
import { RecordHistory } from "@/components/admin/record-history";
import { PublicationButton } from "@/components/admin/publication-button";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getAnnouncementForReview } from "@/lib/data/announcement-review";
import { historyOf } from "@/lib/data/audit";
import { prisma } from "@/lib/db";

export const metadata = { title: "Announcement" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

const savedNotice: Record<string, string> = {
  draft: "Saved as a draft. Nothing is public until you publish it.",
  published: "Published: it is on the public pages now.",
};

export default async function AnnouncementPage({ params, searchParams }: Props) {
  const actor = await requirePageActor();
  const { id } = await params;
  const { saved } = await searchParams;
  if (!z.uuid().safeParse(id).success) notFound();
  const announcement = await getAnnouncementForReview(prisma(), id);
  if (!announcement) notFound();
  const notice = ownValue(savedNotice, saved);
  const published = announcement.publicationState === "published";
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href="/admin" className="underline">
          ← Editors’ desk
        </Link>
      </p>
      {notice && (
        <p
          role="status"
          className="mt-4 rounded border border-green-700 bg-green-50 p-3 text-green-950 dark:bg-green-950 dark:text-green-50"
        >
          {notice}
        </p>
      )}
      <h1 className="mt-4 text-2xl font-bold">{announcement.title}</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-300">
        {announcement.program.name} · announced {announcement.announcedOn} · <strong>{published ? "published" : "draft"}</strong>
        {announcement.program.publicationState === "draft" && " · the program is a draft too and is published with it"}
      </p>
      {announcement.summary && <p className="mt-3 max-w-prose">{announcement.summary}</p>}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <PublicationButton
          id={announcement.id}
          version={announcement.version}
          state={announcement.publicationState}
          title={announcement.title}
        />
        <LifecycleButtons
          entityType="Announcement"
          record={{ ...announcement, deletedAt: null }}
          recordLabel={announcement.title}
          returnTo="/admin"
          isAdmin={actor.role === "admin"}
        />
        {published && (
          <>
            <Link href={`/programs/${announcement.program.slug}`} className="underline">
              See it on the program page
            </Link>
            <Link href="/compare" className="underline">
              Compare
            </Link>
          </>
        )}
      </div>
      <AnnouncementReview announcement={announcement} />
      <RecordHistory events={await historyOf(prisma(), "Announcement", announcement.id)} />
    </div>
  );
}
