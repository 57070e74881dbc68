// /sources: every source that backs something a reader may see, with what it backs and links to it.
// One query for the sources plus one per backed relation (batched by Prisma), whatever the count.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PrismaClient } from "@/lib/prisma-client";
import { formatPartialDate } from "@/lib/core/partial-date";
import { isoDate } from "./source-dto";
import {
  visibleAnnouncement,
  visibleCapacityClaim,
  visibleFundingClaim,
  visibleMilestone,
  visibleParticipation,
  visibleRevision,
} from "./visibility";
import { type KnownBy } from "@/lib/dashboard/as-of";
import type { BackedItem, SourceEntryDto } from "@/lib/schemas/api/sources";

const program = { select: { slug: true, name: true } } as const;

function backedWhere(knownBy: KnownBy): Prisma.SourceWhereInput {
  return {
    deletedAt: null,
    ...(knownBy && { OR: [{ publishedOn: null }, { publishedOn: { lte: knownBy } }] }),
    AND: [
      {
        OR: [
          { fundingClaims: { some: visibleFundingClaim(knownBy) } },
          { capacityClaims: { some: visibleCapacityClaim(knownBy) } },
          { milestones: { some: visibleMilestone(knownBy) } },
          { announcements: { some: visibleAnnouncement(knownBy) } },
          { participations: { some: visibleParticipation(knownBy) } },
          { revisions: { some: visibleRevisionOf(knownBy) } },
          { exchangeRates: { some: {} } },
        ],
      },
    ],
  };
}

function visibleRevisionOf(knownBy: KnownBy): Prisma.MilestoneRevisionWhereInput {
  return { AND: [visibleRevision(knownBy), { milestone: visibleMilestone(knownBy) }] };
}

export async function loadSources(db: PrismaClient, knownBy: KnownBy): Promise<SourceEntryDto[]> {
  const rows = await db.source.findMany({
    where: backedWhere(knownBy),
    orderBy: [{ publisher: "asc" }, { publishedOn: "asc" }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      publisher: true,
      kind: true,
      url: true,
      publishedOn: true,
      publishedPrecision: true,
      reliability: true,
      reliabilityNote: true,
      language: true,
      fundingClaims: { where: visibleFundingClaim(knownBy), orderBy: { label: "asc" }, select: { id: true, label: true, program } },
      capacityClaims: { where: visibleCapacityClaim(knownBy), orderBy: { label: "asc" }, select: { id: true, label: true, program } },
      milestones: { where: visibleMilestone(knownBy), orderBy: { title: "asc" }, select: { id: true, title: true, program } },
      announcements: { where: visibleAnnouncement(knownBy), orderBy: { announcedOn: "asc" }, select: { id: true, title: true, program } },
      participations: {
        where: visibleParticipation(knownBy),
        select: { id: true, role: true, program, organization: { select: { slug: true, name: true } } },
      },
      revisions: {
        where: visibleRevisionOf(knownBy),
        select: { id: true, milestone: { select: { id: true, title: true, program } } },
      },
      exchangeRates: { orderBy: [{ currency: "asc" }, { year: "asc" }], select: { currency: true, year: true } },
    },
  });
  return rows.map(
    ({
      fundingClaims,
      capacityClaims,
      milestones,
      announcements,
      participations,
      revisions,
      exchangeRates,
      publishedOn,
      publishedPrecision,
      ...source
    }) => {
      const at = (slug: string, anchor: string) => `/programs/${slug}#${anchor}`;
      const backed = {
        funding: fundingClaims.map((c) => ({ ...c, path: at(c.program.slug, `claim-${c.id}`) })),
        capacity: capacityClaims.map((c) => ({ ...c, path: at(c.program.slug, `claim-${c.id}`) })),
        milestones: milestones.map(({ title, ...m }) => ({ ...m, label: title, path: at(m.program.slug, `milestone-${m.id}`) })),
        revisions: revisions.map(({ id, milestone }) => ({
          id,
          label: `Due date of: ${milestone.title}`,
          program: milestone.program,
          path: at(milestone.program.slug, `milestone-${milestone.id}`),
        })),
        announcements: announcements.map(({ title, ...a }) => ({ ...a, label: title, path: at(a.program.slug, `announcement-${a.id}`) })),
        partners: participations
          .map(({ id, role, program, organization }) => ({
            id,
            program,
            label: `${organization.name} (${role.replace("_", " ")})`,
            path: `/partners/${organization.slug}`,
          }))
          .sort((a, b) => a.label.localeCompare(b.label)),
      };
      const iso = isoDate(publishedOn);
      return {
        ...source,
        publishedOn: iso,
        publishedLabel: formatPartialDate(iso, publishedPrecision),
        ...backed,
        exchangeRates,
        programs: programsOf(Object.values(backed).flat()),
      };
    },
  );
}

function programsOf(items: BackedItem[]): { slug: string; name: string }[] {
  const bySlug = new Map(items.map((item) => [item.program.slug, item.program]));
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}
