// /programs/[slug]: one program with every claim, milestone, partner, announcement and source.
// A fixed number of queries (one per relation, batched by Prisma); null for an unknown, draft or
// deleted slug so the page answers 404.
import type { PrismaClient } from "@/lib/prisma-client";
import { z } from "zod";
import {
  capacityClaimResponseSchema,
  capacityClaimSelect,
  fundingClaimResponseSchema,
  fundingClaimSelect,
  toCapacityClaimDto,
  toFundingClaimDto,
  type CapacityClaimDto,
  type FundingClaimDto,
} from "./claim-dto";
import { buildClaimTree, type ClaimNode } from "./claim-tree";
import { milestoneSelect, toMilestoneDto } from "./milestone-dto";
import { formatPartialDate } from "@/lib/core/partial-date";
import { groupPartners, participationSelect } from "./participation-dto";
import { loadReferenceRates } from "./reference-rates";
import { collectSources } from "./program-sources";
import { isoDate } from "./source-dto";
import { allStatusChanges, statusChangeSelect, statusOnDay, toStatusChangeDto } from "./status-history";
import { viewDate } from "./view-date";
import { announcementsOf, toAnnouncementDto } from "./program-announcements";
import { visibleCapacityClaim, visibleFundingClaim, visibleMilestone, visibleParticipation, visibleProgram } from "./visibility";
import { type KnownBy } from "@/lib/dashboard/as-of";
import { dayLabel, isoDay, milestoneResponseSchema, programRef, sourceResponseSchema } from "@/lib/schemas/api/common";
import { partnerRoleGroupSchema, programSourceResponseSchema, statusChangeResponseSchema } from "@/lib/schemas/api/program";
import { programKinds, programStatuses } from "@/lib/core/vocabulary";
import { isSlug } from "@/lib/core/slug";

/** The API's answer for one program (/api/v1/programs/[slug]); the page's DTO below holds the same claims in trees. */
export const programDetailResponseSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    nameFr: z.string().nullable(),
    aliases: z.array(z.string()),
    country: z.string(),
    region: z.string(),
    kind: z.enum(programKinds),
    status: z.enum(programStatuses),
    statusDetail: z.string().nullable(),
    statusAsOf: dayLabel.nullable(),
    statusCheckedOn: isoDay.nullable().meta({ description: "The day we last looked for news of the status (live view only)." }),
    statusHistory: z.array(statusChangeResponseSchema).meta({ description: "Status transitions known on the view's day, oldest first." }),
    announcedOn: isoDay,
    summary: z.string(),
    website: z.string().nullable(),
    lead: programRef.nullable().meta({ description: "The lead organisation (slug and name)." }),
    leadDescription: z.string().nullable(),
    today: isoDay.meta({ description: "The day the view is judged on (the asOf day, or today)." }),
    funding: z
      .array(fundingClaimResponseSchema)
      .meta({ description: "Every current funding claim, headline first; parts follow their parent." }),
    capacity: z.array(capacityClaimResponseSchema).meta({ description: "Every current capacity claim, grouped by metric." }),
    milestones: z.array(milestoneResponseSchema),
    partners: z.array(partnerRoleGroupSchema),
    announcements: z.array(
      z.object({ id: z.string(), title: z.string(), summary: z.string().nullable(), announcedOn: isoDay, source: sourceResponseSchema }),
    ),
    sources: z.array(programSourceResponseSchema),
  })
  .meta({ id: "ProgramDetail" });

export type ProgramDetailResponse = z.infer<typeof programDetailResponseSchema>;

export type CapacityGroup = { metric: string; claims: ClaimNode<CapacityClaimDto>[] };

// The API's program with the claims in trees, as the page shows them.
export type ProgramDetailDto = Omit<ProgramDetailResponse, "funding" | "capacity"> & {
  funding: ClaimNode<FundingClaimDto>[];
  capacity: CapacityGroup[];
};

const metricOrder = ["compute", "power", "accelerators", "sites", "facilities", "researchers", "jobs", "models", "other"];

export async function loadProgramDetail(
  db: PrismaClient,
  knownBy: KnownBy,
  slug: string,
  options: { now?: Date } = {},
): Promise<ProgramDetailDto | null> {
  if (!isSlug(slug)) return null;
  const today = viewDate(knownBy, options.now);
  const [program, rates, transitions] = await Promise.all([
    db.program.findFirst({
      where: { ...visibleProgram(knownBy), slug },
      select: {
        slug: true,
        name: true,
        nameFr: true,
        aliases: true,
        country: true,
        region: true,
        kind: true,
        status: true,
        statusDetail: true,
        statusAsOf: true,
        statusCheckedOn: true,
        announcedOn: true,
        summary: true,
        website: true,
        leadDescription: true,
        statusChanges: statusChangeSelect(knownBy),
        leadOrganization: { select: { name: true, slug: true, deletedAt: true } },
        fundingClaims: { where: visibleFundingClaim(knownBy), select: fundingClaimSelect },
        capacityClaims: { where: visibleCapacityClaim(knownBy), select: capacityClaimSelect },
        milestones: { where: visibleMilestone(knownBy), orderBy: [{ dueOn: "asc" }, { title: "asc" }], select: milestoneSelect(knownBy) },
        participations: { where: visibleParticipation(knownBy), select: participationSelect },
        announcements: announcementsOf(knownBy),
      },
    }),
    loadReferenceRates(db),
    db.program.findFirst({ where: { slug }, select: { statusChanges: allStatusChanges } }),
  ]);
  if (!program) return null;
  const { status, statusDetail } = statusOnDay(program, transitions?.statusChanges ?? [], program.statusChanges, knownBy);
  const funding = program.fundingClaims.map((row) => toFundingClaimDto(row, rates));
  const capacity = program.capacityClaims.map(toCapacityClaimDto);
  const milestones = program.milestones.map((row) => toMilestoneDto(row, today, knownBy));
  const announcements = program.announcements.map(toAnnouncementDto);
  const partners = groupPartners(program.participations, knownBy);
  const statusAsOf = isoDate(program.statusAsOf);
  return {
    slug: program.slug,
    name: program.name,
    nameFr: program.nameFr,
    aliases: program.aliases,
    country: program.country,
    region: program.region,
    kind: program.kind,
    status,
    statusDetail,
    // The stored "as of" and "last checked" days describe the live status only.
    statusAsOf: status === program.status && statusDetail === program.statusDetail ? formatPartialDate(statusAsOf, "day") : null,
    statusCheckedOn: knownBy ? null : isoDate(program.statusCheckedOn),
    statusHistory: program.statusChanges.map(toStatusChangeDto),
    announcedOn: isoDate(program.announcedOn) ?? "",
    summary: program.summary,
    website: program.website,
    lead:
      program.leadOrganization && !program.leadOrganization.deletedAt
        ? { name: program.leadOrganization.name, slug: program.leadOrganization.slug }
        : null,
    leadDescription: program.leadDescription,
    today,
    funding: buildClaimTree(funding),
    capacity: metricOrder
      .map((metric) => ({ metric, claims: buildClaimTree(capacity.filter((c) => c.metric === metric)) }))
      .filter((group) => group.claims.length > 0),
    milestones,
    partners,
    announcements,
    sources: collectSources({ funding, capacity, milestones, partners, announcements }),
  };
}
