// /programs/[slug]/announcements: one program's announcements, oldest first, each with its source, as
// known by a past view's day. Three statements whatever the number of programs (the program, its
// announcements, their sources: Prisma reads each relation with one IN query), where the whole program
// (loadProgramDetail, which reads the same rows for its latest one) takes 27.
import type { PrismaClient } from "@/lib/prisma-client";
import type { KnownBy } from "@/lib/dashboard/as-of";
import { isoDate, sourceSelect, toSourceDto } from "./source-dto";
import { visibleAnnouncement, visibleProgram } from "./visibility";
import { isSlug } from "@/lib/core/slug";

/** A program's announcements as the page and the API read them: oldest first, each with its source. */
export function announcementsOf(knownBy: KnownBy) {
  return {
    where: visibleAnnouncement(knownBy),
    orderBy: [{ announcedOn: "asc" as const }, { id: "asc" as const }],
    select: { id: true, title: true, summary: true, announcedOn: true, source: { select: sourceSelect } },
  };
}

type AnnouncementRow = { announcedOn: Date; source: Parameters<typeof toSourceDto>[0] };

export function toAnnouncementDto<Row extends AnnouncementRow>(row: Row) {
  return { ...row, announcedOn: isoDate(row.announcedOn) ?? "", source: toSourceDto(row.source) };
}

/** Null for an unknown, draft or deleted slug, or a program not yet known on the view's day (the page answers 404). */
export async function loadProgramAnnouncements(db: PrismaClient, knownBy: KnownBy, slug: string) {
  if (!isSlug(slug)) return null;
  const program = await db.program.findFirst({
    where: { ...visibleProgram(knownBy), slug },
    select: { slug: true, name: true, announcements: announcementsOf(knownBy) },
  });
  return program && { ...program, announcements: program.announcements.map(toAnnouncementDto) };
}
