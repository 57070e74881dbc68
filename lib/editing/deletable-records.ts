// The records that can be deleted softly, restored and deleted for good, seen through one small
// interface. Prisma's delegates share these three methods but no common type, hence one cast here.
import type { DeletableEntity } from "@/lib/schemas/record-ref";
import { plural } from "@/lib/core/plural";
import type { Tx } from "@/lib/core/types";

export type DeletableRow = {
  id: string;
  version: number;
  deletedAt: Date | null;
  programId?: string;
  slug?: string;
  sourceId?: string;
  // What a past view's visibility reads (lib/editing/affected-from.ts), on the records that have it.
  announcementId?: string | null;
  asOf?: Date | null;
  joinedOn?: Date | null;
  publicationState?: string;
  publishedAt?: Date | null;
  announcedOn?: Date;
};

type Delegate = {
  findUnique(args: { where: { id: string } }): Promise<DeletableRow | null>;
  updateMany(args: {
    where: { id: string; version: number; deletedAt: null | { not: null } };
    data: { deletedAt: Date | null; version: { increment: 1 } };
  }): Promise<{ count: number }>;
  deleteMany(args: { where: { id: string; version: number; deletedAt: { not: null } } }): Promise<{ count: number }>;
};

const delegateNames = {
  Program: "program",
  FundingClaim: "fundingClaim",
  CapacityClaim: "capacityClaim",
  Milestone: "milestone",
  Participation: "participation",
  Organization: "organization",
  Source: "source",
  Announcement: "announcement",
  ProgramStatusChange: "programStatusChange",
} as const satisfies Record<DeletableEntity, keyof Tx>;

export function delegateOf(tx: Tx, entityType: DeletableEntity): Delegate {
  return tx[delegateNames[entityType]] as unknown as Delegate;
}

type Count = { label: string; count: (tx: Tx, id: string) => Promise<number> };

const claimsAndMore = (field: "programId" | "sourceId" | "announcementId"): Count[] => [
  { label: "funding claim", count: (tx, id) => tx.fundingClaim.count({ where: { [field]: id } }) },
  { label: "capacity claim", count: (tx, id) => tx.capacityClaim.count({ where: { [field]: id } }) },
  { label: "milestone", count: (tx, id) => tx.milestone.count({ where: { [field]: id } }) },
  { label: "partner", count: (tx, id) => tx.participation.count({ where: { [field]: id } }) },
  { label: "status change", count: (tx, id) => tx.programStatusChange.count({ where: { [field]: id } }) },
];

// Rows that point at a record (deleted or not). A hard delete is refused while any exists: the
// database would refuse too (or, for optional links, silently unlink them).
export const dependents: Record<DeletableEntity, Count[]> = {
  Program: [
    ...claimsAndMore("programId"),
    { label: "announcement", count: (tx, id) => tx.announcement.count({ where: { programId: id } }) },
  ],
  Source: [
    ...claimsAndMore("sourceId"),
    { label: "announcement", count: (tx, id) => tx.announcement.count({ where: { sourceId: id } }) },
    { label: "due-date revision", count: (tx, id) => tx.milestoneRevision.count({ where: { sourceId: id } }) },
    { label: "exchange rate", count: (tx, id) => tx.exchangeRate.count({ where: { sourceId: id } }) },
  ],
  Announcement: [
    ...claimsAndMore("announcementId"),
    { label: "due-date revision", count: (tx, id) => tx.milestoneRevision.count({ where: { announcementId: id } }) },
  ],
  Organization: [
    { label: "partner", count: (tx, id) => tx.participation.count({ where: { organizationId: id } }) },
    { label: "program led", count: (tx, id) => tx.program.count({ where: { leadOrganizationId: id } }) },
  ],
  FundingClaim: [
    { label: "part", count: (tx, id) => tx.fundingClaim.count({ where: { parentId: id } }) },
    { label: "correction", count: (tx, id) => tx.fundingClaim.count({ where: { supersedesId: id } }) },
  ],
  CapacityClaim: [
    { label: "part", count: (tx, id) => tx.capacityClaim.count({ where: { parentId: id } }) },
    { label: "correction", count: (tx, id) => tx.capacityClaim.count({ where: { supersedesId: id } }) },
  ],
  // A milestone's due-date revisions are its own history and go with it.
  Milestone: [],
  Participation: [],
  ProgramStatusChange: [],
};

/** "2 funding claims and 1 milestone", or null when nothing depends on the record. */
export async function describeDependents(tx: Tx, entityType: DeletableEntity, id: string): Promise<string | null> {
  const parts: string[] = [];
  for (const { label, count } of dependents[entityType]) {
    const n = await count(tx, id);
    if (n > 0) parts.push(plural(n, label));
  }
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** Live rows citing a source: a source they show cannot disappear from under them. */
export async function liveCitations(tx: Tx, sourceId: string): Promise<number> {
  const live = { sourceId, deletedAt: null };
  const counts = await Promise.all([
    tx.fundingClaim.count({ where: live }),
    tx.capacityClaim.count({ where: live }),
    tx.milestone.count({ where: live }),
    tx.participation.count({ where: live }),
    tx.announcement.count({ where: live }),
    tx.programStatusChange.count({ where: live }),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}
