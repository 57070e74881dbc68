// Everything editors deleted softly, newest first, so they can restore it (and admins can delete
// it for good). One query per kind of record.
import { humanise } from "@/lib/admin/field-spec";
import type { DeletableEntity } from "@/lib/schemas/record-ref";
import type { PrismaClient } from "@/lib/prisma-client";
import { lifecycleSelect } from "./record-lists";

export type DeletedRecord = {
  entityType: DeletableEntity;
  kind: string;
  id: string;
  version: number;
  label: string;
  deletedAt: Date;
};

const deleted = { deletedAt: { not: null } } as const;

export async function listDeletedRecords(db: PrismaClient): Promise<DeletedRecord[]> {
  const [programs, funding, capacity, milestones, partners, organizations, sources, announcements, statusChanges] = await Promise.all([
    db.program.findMany({ where: deleted, select: { ...lifecycleSelect, name: true } }),
    db.fundingClaim.findMany({ where: deleted, select: { ...lifecycleSelect, label: true, program: { select: { name: true } } } }),
    db.capacityClaim.findMany({ where: deleted, select: { ...lifecycleSelect, label: true, program: { select: { name: true } } } }),
    db.milestone.findMany({ where: deleted, select: { ...lifecycleSelect, title: true, program: { select: { name: true } } } }),
    db.participation.findMany({
      where: deleted,
      select: { ...lifecycleSelect, role: true, organization: { select: { name: true } }, program: { select: { name: true } } },
    }),
    db.organization.findMany({ where: deleted, select: { ...lifecycleSelect, name: true } }),
    db.source.findMany({ where: deleted, select: { ...lifecycleSelect, title: true, publisher: true } }),
    db.announcement.findMany({ where: deleted, select: { ...lifecycleSelect, title: true, program: { select: { name: true } } } }),
    db.programStatusChange.findMany({ where: deleted, select: { ...lifecycleSelect, status: true, program: { select: { name: true } } } }),
  ]);
  const item = (
    entityType: DeletableEntity,
    kind: string,
    row: { id: string; version: number; deletedAt: Date | null },
    label: string,
  ): DeletedRecord => ({
    entityType,
    kind,
    id: row.id,
    version: row.version,
    deletedAt: row.deletedAt!,
    label,
  });
  return [
    ...programs.map((r) => item("Program", "Program", r, r.name)),
    ...funding.map((r) => item("FundingClaim", "Funding claim", r, `${r.program.name}: ${r.label}`)),
    ...capacity.map((r) => item("CapacityClaim", "Capacity claim", r, `${r.program.name}: ${r.label}`)),
    ...milestones.map((r) => item("Milestone", "Milestone", r, `${r.program.name}: ${r.title}`)),
    ...partners.map((r) => item("Participation", "Partner", r, `${r.program.name}: ${r.organization.name} (${r.role})`)),
    ...organizations.map((r) => item("Organization", "Organisation", r, r.name)),
    ...sources.map((r) => item("Source", "Source", r, `${r.publisher}: ${r.title}`)),
    ...announcements.map((r) => item("Announcement", "Announcement", r, `${r.program.name}: ${r.title}`)),
    ...statusChanges.map((r) => item("ProgramStatusChange", "Status change", r, `${r.program.name}: ${humanise(r.status)}`)),
  ].sort((a, b) => b.deletedAt.getTime() - a.deletedAt.getTime());
}
