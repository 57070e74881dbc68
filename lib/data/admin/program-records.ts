// The editors' view of programs: every program (drafts and deleted ones too), and one program with
// all its claims, milestones and partners, including superseded and deleted records.
import type { PrismaClient } from "@/lib/prisma-client";
import { summariseCapacity, summariseFunding, summariseMilestone, type ClaimSummary, type MilestoneSummary } from "./claim-summaries";
import { isRecordId } from "./record-forms";
import { lifecycleSelect, liveFirst } from "./record-lists";
import { toIsoDay } from "@/lib/core/dates";
import { formatPartialDate } from "@/lib/core/partial-date";

export type ProgramListItem = {
  id: string;
  slug: string;
  name: string;
  country: string;
  publicationState: string;
  deletedAt: Date | null;
  version: number;
  announcements: number;
};

/** Every program, deleted ones last, with how many (undeleted) announcements each has. One query. */
export async function listProgramsForEditors(db: PrismaClient): Promise<ProgramListItem[]> {
  const rows = await db.program.findMany({
    orderBy: [liveFirst, { name: "asc" }],
    select: {
      ...lifecycleSelect,
      slug: true,
      name: true,
      country: true,
      publicationState: true,
      _count: { select: { announcements: { where: { deletedAt: null } } } },
    },
  });
  return rows.map(({ _count, ...program }) => ({ ...program, announcements: _count.announcements }));
}

export type PartnerSummary = {
  id: string;
  version: number;
  deletedAt: Date | null;
  organization: string;
  role: string;
  contribution: string | null;
};

export type StatusChangeSummary = {
  id: string;
  version: number;
  deletedAt: Date | null;
  fromStatus: string | null;
  status: string;
  // The date as its source gives it ("Mar 2026").
  since: string;
};

export type ProgramRecords = {
  program: { id: string; slug: string; name: string; version: number; deletedAt: Date | null; publicationState: string };
  fundingClaims: ClaimSummary[];
  capacityClaims: ClaimSummary[];
  milestones: MilestoneSummary[];
  partners: PartnerSummary[];
  statusChanges: StatusChangeSummary[];
};

const claimLinks = { label: true, isHeadline: true, supersedesId: true, supersededBy: { select: { id: true } }, shape: true } as const;
const due = { dueOn: true, duePrecision: true, dueText: true } as const;

/** One program's records for editors, in six queries whatever their number. */
export async function loadProgramRecords(db: PrismaClient, id: string): Promise<ProgramRecords | null> {
  if (!isRecordId(id)) return null;
  const program = await db.program.findUnique({
    where: { id },
    select: { ...lifecycleSelect, slug: true, name: true, publicationState: true },
  });
  if (!program) return null;
  const where = { programId: id };
  const [funding, capacity, milestones, partners, statusChanges] = await Promise.all([
    db.fundingClaim.findMany({
      where,
      orderBy: [{ label: "asc" }, { createdAt: "asc" }],
      select: { ...lifecycleSelect, ...claimLinks, amount: true, amountLow: true, amountHigh: true, currency: true },
    }),
    db.capacityClaim.findMany({
      where,
      orderBy: [{ label: "asc" }, { createdAt: "asc" }],
      select: { ...lifecycleSelect, ...claimLinks, value: true, valueLow: true, valueHigh: true, unit: true },
    }),
    db.milestone.findMany({
      where,
      orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { title: "asc" }],
      select: { ...lifecycleSelect, ...due, title: true, status: true, revisions: { orderBy: { recordedAt: "asc" }, select: due } },
    }),
    db.participation.findMany({
      where,
      orderBy: [{ organization: { name: "asc" } }, { role: "asc" }],
      select: { ...lifecycleSelect, role: true, contribution: true, organization: { select: { name: true } } },
    }),
    db.programStatusChange.findMany({
      where,
      orderBy: [{ effectiveOn: "asc" }, { createdAt: "asc" }],
      select: { ...lifecycleSelect, fromStatus: true, status: true, effectiveOn: true, effectivePrecision: true },
    }),
  ]);
  return {
    program,
    fundingClaims: funding.map(summariseFunding),
    capacityClaims: capacity.map(summariseCapacity),
    milestones: milestones.map(summariseMilestone),
    partners: partners.map(({ organization, ...p }) => ({ ...p, organization: organization.name })),
    statusChanges: statusChanges.map(({ effectiveOn, effectivePrecision, ...change }) => ({
      ...change,
      since: formatPartialDate(toIsoDay(effectiveOn), effectivePrecision) ?? toIsoDay(effectiveOn),
    })),
  };
}
