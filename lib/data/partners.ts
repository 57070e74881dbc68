// /partners: organisations × programs (who appears where, in which roles), and one organisation.
import type { PrismaClient } from "@/lib/prisma-client";
import { confirmedLevels, participationSelect, roleName } from "./participation-dto";
import { isoDate, toSourceDto } from "./source-dto";
import type { SourceDto } from "@/lib/schemas/api/common";
import type { OrganisationDto } from "@/lib/schemas/api/organisations";
import { visibleParticipation, visibleProgram } from "./visibility";
import { type KnownBy } from "@/lib/dashboard/as-of";
import type { organizationKinds } from "@/lib/core/vocabulary";
import { isSlug } from "@/lib/core/slug";

type OrganizationKind = (typeof organizationKinds)[number];

export type PartnerMatrixDto = {
  programs: { slug: string; name: string }[];
  organizations: {
    slug: string;
    name: string;
    kind: OrganisationDto["kind"];
    country: string | null;
    programCount: number;
    roles: Record<string, string[]>;
  }[];
};

/**
 * Rows: organisations, those in most programs first; cells: the roles they hold in each program,
 * merged (one cell per organisation and program). Partnerships no source confirms (unverified or
 * disputed: e.g. a seed article's claim that Google, Meta and Microsoft take part in ATOM) are left
 * out of the matrix and its counts unless asked for. `program` and `kind` keep one program's
 * partners, or one kind of organisation; counts then cover what is kept.
 */
export async function loadPartnerMatrix(
  db: PrismaClient,
  knownBy: KnownBy,
  options: { unconfirmed?: boolean; program?: string; kind?: OrganizationKind } = {},
): Promise<PartnerMatrixDto> {
  const rows = await db.participation.findMany({
    where: {
      AND: [
        visibleParticipation(knownBy),
        options.unconfirmed ? {} : { confidence: { in: [...confirmedLevels] } },
        options.program ? { program: { slug: options.program } } : {},
        options.kind ? { organization: { kind: options.kind } } : {},
      ],
    },
    select: {
      role: true,
      organization: { select: { slug: true, name: true, kind: true, country: true } },
      program: { select: { slug: true, name: true, announcedOn: true } },
    },
  });
  const programs = new Map<string, { slug: string; name: string; announcedOn: Date }>();
  const organizations = new Map<string, PartnerMatrixDto["organizations"][number]>();
  for (const row of rows) {
    programs.set(row.program.slug, row.program);
    const org = organizations.get(row.organization.slug) ?? { ...row.organization, programCount: 0, roles: {} };
    const roles = (org.roles[row.program.slug] ??= []);
    if (roles.length === 0) org.programCount += 1;
    if (!roles.includes(roleName(row.role))) roles.push(roleName(row.role));
    organizations.set(org.slug, org);
  }
  return {
    programs: [...programs.values()]
      .sort((a, b) => a.announcedOn.getTime() - b.announcedOn.getTime() || a.slug.localeCompare(b.slug))
      .map(({ slug, name }) => ({ slug, name })),
    organizations: [...organizations.values()].sort((a, b) => b.programCount - a.programCount || a.name.localeCompare(b.name)),
  };
}

export type PartnerDetailDto = {
  slug: string;
  name: string;
  kind: string;
  country: string | null;
  website: string | null;
  notes: string | null;
  led: { slug: string; name: string }[];
  participations: {
    id: string;
    role: string;
    roleName: string;
    roleDetail: string | null;
    contribution: string | null;
    confidence: string;
    program: { slug: string; name: string; announcedOn: string };
    source: SourceDto;
  }[];
};

/** Null (404) when the organisation is unknown, deleted, or appears in nothing a reader may see. */
export async function loadPartner(db: PrismaClient, knownBy: KnownBy, slug: string): Promise<PartnerDetailDto | null> {
  if (!isSlug(slug)) return null;
  const org = await db.organization.findFirst({
    where: { slug, deletedAt: null },
    select: {
      slug: true,
      name: true,
      kind: true,
      country: true,
      website: true,
      notes: true,
      ledPrograms: { where: visibleProgram(knownBy), orderBy: { name: "asc" }, select: { slug: true, name: true } },
      participations: {
        where: visibleParticipation(knownBy),
        orderBy: [{ program: { announcedOn: "asc" } }, { role: "asc" }],
        select: { ...participationSelect, program: { select: { slug: true, name: true, announcedOn: true } } },
      },
    },
  });
  if (!org || (org.participations.length === 0 && org.ledPrograms.length === 0)) return null;
  const { ledPrograms, participations, ...organization } = org;
  return {
    ...organization,
    led: ledPrograms,
    participations: participations.map((p) => ({
      id: p.id,
      role: p.role,
      roleName: roleName(p.role),
      roleDetail: p.roleDetail,
      contribution: p.contribution,
      confidence: p.confidence,
      program: { ...p.program, announcedOn: isoDate(p.program.announcedOn) ?? "" },
      source: toSourceDto(p.source),
    })),
  };
}

/** The programs a reader may pick in the partners filter, by name. */
export async function loadPartnerPrograms(db: PrismaClient, knownBy: KnownBy): Promise<{ slug: string; name: string }[]> {
  return db.program.findMany({
    where: visibleProgram(knownBy),
    orderBy: [{ name: "asc" }, { slug: "asc" }],
    select: { slug: true, name: true },
  });
}

export const MATRIX_COLUMNS = 12;

/**
 * The matrix's columns: every program when they fit, otherwise the ones with the most partners
 * (a thousand columns help no one), in the matrix's date order.
 */
export function matrixColumns(matrix: PartnerMatrixDto, limit = MATRIX_COLUMNS): PartnerMatrixDto["programs"] {
  if (matrix.programs.length <= limit) return matrix.programs;
  const partners = (slug: string) => matrix.organizations.filter((org) => org.roles[slug]).length;
  const kept = new Set(
    [...matrix.programs]
      .sort((a, b) => partners(b.slug) - partners(a.slug) || a.slug.localeCompare(b.slug))
      .slice(0, limit)
      .map((p) => p.slug),
  );
  return matrix.programs.filter((p) => kept.has(p.slug));
}
