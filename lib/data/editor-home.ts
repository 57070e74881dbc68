// What the editors' home shows: every program (drafts too), the draft announcements waiting to be
// published, and the latest changes from the audit log. Three queries, whatever the counts.
import type { PrismaClient } from "@/lib/prisma-client";
import { describeAuditSubject } from "./audit-subject";
import { isoDate } from "./source-dto";

export type EditorProgramDto = {
  id: string;
  slug: string;
  name: string;
  country: string;
  publicationState: "draft" | "published";
  announcements: number;
};

export type DraftAnnouncementDto = {
  id: string;
  version: number;
  title: string;
  announcedOn: string;
  programName: string;
  programSlug: string;
  figures: number;
};

export type RecentChangeDto = {
  id: string;
  occurredAt: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  subject: string | null;
};

export async function listProgramsForEditors(db: PrismaClient): Promise<EditorProgramDto[]> {
  const rows = await db.program.findMany({
    where: { deletedAt: null },
    orderBy: [{ name: "asc" }],
    select: {
      id: true, slug: true, name: true, country: true, publicationState: true,
      _count: { select: { announcements: { where: { deletedAt: null } } } },
    },
  });
  return rows.map(({ _count, ...program }) => ({ ...program, announcements: _count.announcements }));
}

export async function listDraftAnnouncements(db: PrismaClient, take = 50): Promise<DraftAnnouncementDto[]> {
  const rows = await db.announcement.findMany({
    where: { publicationState: "draft", deletedAt: null },
    orderBy: [{ updatedAt: "desc" }],
    take,
    select: {
      id: true, version: true, title: true, announcedOn: true,
      program: { select: { name: true, slug: true } },
      _count: { select: { fundingClaims: true, capacityClaims: true, milestones: true } },
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

export async function listRecentChanges(db: PrismaClient, take = 15): Promise<RecentChangeDto[]> {
  const rows = await db.auditEvent.findMany({
    orderBy: [{ occurredAt: "desc" }, { id: "asc" }],
    take,
    select: { id: true, occurredAt: true, actorLabel: true, action: true, entityType: true, entityId: true, before: true, after: true },
  });
  return rows.map((row) => ({
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    actor: row.actorLabel,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    subject: describeAuditSubject(row.after ?? row.before),
  }));
}
