// What a reader may see, and what was known on a past date (`?asOf=YYYY-MM-DD`).
//
// Readers see published, non-deleted rows only. A record tied to an announcement is visible once
// that announcement is published. "Known on date D" means both:
//   - it was public by D: its own date (a claim's as-of, a program's or announcement's date, the
//     source's publication date) is on or before D; and
//   - we had published it by D: its announcement's `published_at` is on or before the end of D.
// The second rule keeps a pinned (past) view stable when an editor later records a back-dated
// announcement. Seed announcements are published on the day they were made, so both rules agree.
// Every builder returns a Prisma `where` fragment, so filtering stays inside the page's few queries.
// lib/data/visible-from.ts mirrors these rules as the first day a row shows, which decides the
// stored past views an edit leaves standing: a rule changed here must change there too.
import type { KnownBy } from "@/lib/dashboard/as-of";
import type { Prisma } from "@/lib/generated/prisma/client";

export function visibleProgram(knownBy: KnownBy): Prisma.ProgramWhereInput {
  return {
    publicationState: "published",
    deletedAt: null,
    ...(knownBy && { announcedOn: { lte: knownBy }, publishedAt: { lte: knownBy } }),
  };
}

export function visibleAnnouncement(knownBy: KnownBy): Prisma.AnnouncementWhereInput {
  return {
    publicationState: "published",
    deletedAt: null,
    program: visibleProgram(knownBy),
    ...(knownBy && { announcedOn: { lte: knownBy }, publishedAt: { lte: knownBy } }),
  };
}

// Rows that may hang off an announcement: none, or a visible one.
function announcementAllows(knownBy: KnownBy) {
  return { OR: [{ announcementId: null }, { announcement: visibleAnnouncement(knownBy) }] };
}

function sourceDatedBy(knownBy: Date) {
  return { source: { OR: [{ publishedOn: null }, { publishedOn: { lte: knownBy } }] } };
}

function claimWhere(knownBy: KnownBy) {
  const base = { deletedAt: null, program: visibleProgram(knownBy) };
  if (!knownBy) return { ...base, AND: [announcementAllows(knownBy)] };
  return {
    ...base,
    AND: [announcementAllows(knownBy), { OR: [{ asOf: null }, { asOf: { lte: knownBy } }] }, sourceDatedBy(knownBy)],
  };
}

export function visibleFundingClaim(knownBy: KnownBy): Prisma.FundingClaimWhereInput {
  return claimWhere(knownBy);
}

export function visibleCapacityClaim(knownBy: KnownBy): Prisma.CapacityClaimWhereInput {
  return claimWhere(knownBy);
}

export function visibleMilestone(knownBy: KnownBy): Prisma.MilestoneWhereInput {
  const base = { deletedAt: null, program: visibleProgram(knownBy) };
  return { ...base, AND: [announcementAllows(knownBy), ...(knownBy ? [sourceDatedBy(knownBy)] : [])] };
}

/** A due-date revision of a milestone, known once its source was out and its announcement published. */
export function visibleRevision(knownBy: KnownBy): Prisma.MilestoneRevisionWhereInput {
  return { AND: [announcementAllows(knownBy), ...(knownBy ? [sourceDatedBy(knownBy)] : [])] };
}

/** A program's status transition: known once it took effect, its source was out and its announcement published. */
export function visibleStatusChange(knownBy: KnownBy): Prisma.ProgramStatusChangeWhereInput {
  const dated = knownBy ? [{ effectiveOn: { lte: knownBy } }, sourceDatedBy(knownBy)] : [];
  return { deletedAt: null, AND: [announcementAllows(knownBy), ...dated] };
}

// A partner that joined after the view's day is not shown yet; one that left stays, marked as former
// (participation-dto.ts), so its part in the program's history is not lost.
export function visibleParticipation(knownBy: KnownBy): Prisma.ParticipationWhereInput {
  const base = { deletedAt: null, program: visibleProgram(knownBy), organization: { deletedAt: null } };
  const dated = knownBy ? [sourceDatedBy(knownBy), { OR: [{ joinedOn: null }, { joinedOn: { lte: knownBy } }] }] : [];
  return { ...base, AND: [announcementAllows(knownBy), ...dated] };
}
