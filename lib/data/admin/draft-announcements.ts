// The draft announcements waiting to be published, newest first, for the editors' desk. One query.
import type { PrismaClient } from "@/lib/prisma-client";
import { isoDate } from "../source-dto";

export type DraftAnnouncementDto = {
  id: string;
  version: number;
  title: string;
  announcedOn: string;
  programName: string;
  programSlug: string;
  figures: number;
};

export async function listDraftAnnouncements(db: PrismaClient, take = 50): Promise<DraftAnnouncementDto[]> {
  const rows = await db.announcement.findMany({
    where: { publicationState: "draft", deletedAt: null },
    orderBy: [{ updatedAt: "desc" }],
    take,
    select: {
      id: true,
      version: true,
      title: true,
      announcedOn: true,
      program: { select: { name: true, slug: true } },
      // Deleted figures are not part of what the draft would publish.
      _count: {
        select: {
          fundingClaims: { where: { deletedAt: null } },
          capacityClaims: { where: { deletedAt: null } },
          milestones: { where: { deletedAt: null } },
        },
      },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    title: row.title,
    announcedOn: isoDate(row.announcedOn) ?? "",
    programName: row.program.name,
    programSlug: row.program.slug,
    figures: row._count.fundingClaims + row._count.capacityClaims + row._count.milestones,
  }));
}
