// /sources: every source that backs something a reader may see, with what it backs and links to it;
// with a program, the sources its records cite and only those records.
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

/** Sources per page of /sources: a source may back hundreds of records, so the list is paged like /programs. */
export const SOURCES_PER_PAGE = 25;

// `program`: only what a program's records cite (its page links here with ?program=<slug>).
// `page`: that page of SOURCES_PER_PAGE sources (the API lists them all).
type Options = { program?: string; page?: number };

type RelationWheres = {
  fundingClaims: Prisma.FundingClaimWhereInput;
  capacityClaims: Prisma.CapacityClaimWhereInput;
  milestones: Prisma.MilestoneWhereInput;
  announcements: Prisma.AnnouncementWhereInput;
  participations: Prisma.ParticipationWhereInput;
  revisions: Prisma.MilestoneRevisionWhereInput;
};

/** Which backed records count: the visible ones, and with a program, only that program's. */
function relationWheres(knownBy: KnownBy, { program }: Options): RelationWheres {
  const own = program === undefined ? [] : [{ program: { slug: program } }];
  return {
    fundingClaims: { AND: [visibleFundingClaim(knownBy), ...own] },
    capacityClaims: { AND: [visibleCapacityClaim(knownBy), ...own] },
    milestones: { AND: [visibleMilestone(knownBy), ...own] },
    announcements: { AND: [visibleAnnouncement(knownBy), ...own] },
    participations: { AND: [visibleParticipation(knownBy), ...own] },
    revisions: { AND: [visibleRevisionOf(knownBy), ...own.map((where) => ({ milestone: where }))] },
  };
}

function backedWhere(knownBy: KnownBy, where: RelationWheres, options: Options): Prisma.SourceWhereInput {
  return {
    deletedAt: null,
    ...(knownBy && { OR: [{ publishedOn: null }, { publishedOn: { lte: knownBy } }] }),
    AND: [
      {
        OR: [
          { fundingClaims: { some: where.fundingClaims } },
          { capacityClaims: { some: where.capacityClaims } },
          { milestones: { some: where.milestones } },
          { announcements: { some: where.announcements } },
          { participations: { some: where.participations } },
          { revisions: { some: where.revisions } },
          // Exchange rates back every program's converted figures, not one program's records.
          ...(options.program === undefined ? [{ exchangeRates: { some: {} } }] : []),
        ],
      },
    ],
  };
}

function visibleRevisionOf(knownBy: KnownBy): Prisma.MilestoneRevisionWhereInput {
  return { AND: [visibleRevision(knownBy), { milestone: visibleMilestone(knownBy) }] };
}

/** How many sources `loadSources` lists with these options, on all pages (a program page links to its list with this count). */
export function countSources(db: PrismaClient, knownBy: KnownBy, options: Pick<Options, "program"> = {}): Promise<number> {
  return db.source.count({ where: backedWhere(knownBy, relationWheres(knownBy, options), options) });
}

export async function loadSources(db: PrismaClient, knownBy: KnownBy, options: Options = {}): Promise<SourceEntryDto[]> {
  const where = relationWheres(knownBy, options);
  const rows = await db.source.findMany({
    where: backedWhere(knownBy, where, options),
    // The id last: a stable order, so paging never repeats or skips a source.
    orderBy: [{ publisher: "asc" }, { publishedOn: "asc" }, { title: "asc" }, { id: "asc" }],
    ...(options.page !== undefined && { skip: (options.page - 1) * SOURCES_PER_PAGE, take: SOURCES_PER_PAGE }),
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
      fundingClaims: { where: where.fundingClaims, orderBy: { label: "asc" }, select: { id: true, label: true, program } },
      capacityClaims: { where: where.capacityClaims, orderBy: { label: "asc" }, select: { id: true, label: true, program } },
      milestones: { where: where.milestones, orderBy: { title: "asc" }, select: { id: true, title: true, program } },
      announcements: { where: where.announcements, orderBy: { announcedOn: "asc" }, select: { id: true, title: true, program } },
      participations: {
        where: where.participations,
        select: { id: true, role: true, program, organization: { select: { slug: true, name: true } } },
      },
      revisions: {
        where: where.revisions,
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
        announcements: announcements.map(({ title, ...a }) => ({
          ...a,
          label: title,
          // The full list is on the program's announcements page (its page shows the latest few).
          path: `/programs/${a.program.slug}/announcements#announcement-${a.id}`,
        })),
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
