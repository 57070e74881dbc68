// Validated form input → the rows createAnnouncement inserts. Pure, so the mapping (dates, resolved
// relative deadlines, which fields go where) is tested without a database.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnnouncementFundingInput, AnnouncementCapacityInput } from "@/lib/schemas/announcement-claims";
import type {
  AnnouncementMilestoneInput,
  AnnouncementPartnerInput,
  AnnouncementProgramInput,
  AnnouncementSourceInput,
} from "@/lib/schemas/announcement-records";
import { addDays } from "@/lib/core/dates";

/** A DATE column value from "YYYY-MM-DD" (midnight UTC, as Prisma reads DATE columns back). */
export function dateOf(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

function optionalDate(iso: string | null): Date | null {
  return iso === null ? null : dateOf(iso);
}

/** "N days after" an anchor day, in whole UTC days (no day is 23 or 25 hours long in UTC). */
export function resolveDueOn(anchorOn: string, days: number): string {
  return addDays(anchorOn, days);
}

export type Publication = { publicationState: "draft" | "published"; publishedAt: Date | null };

export function publicationOf(intent: "draft" | "publish", now: Date): Publication {
  return intent === "publish" ? { publicationState: "published", publishedAt: now } : { publicationState: "draft", publishedAt: null };
}

export function sourceRow(source: AnnouncementSourceInput): Prisma.SourceUncheckedCreateInput {
  return { ...source, publishedOn: optionalDate(source.publishedOn) };
}

export function programRow(
  program: Extract<AnnouncementProgramInput, { mode: "new" }>,
  announcedOn: string,
  publication: Publication,
): Prisma.ProgramUncheckedCreateInput {
  const { mode, ...fields } = program;
  void mode;
  return {
    ...fields,
    announcedOn: dateOf(program.announcedOn ?? announcedOn),
    statusAsOf: optionalDate(program.statusAsOf),
    ...publication,
  };
}

type Links = { programId: string; sourceId: string; announcementId: string };

/** The funding items in an order that creates every whole before its parts ("part of" item K). */
export function wholesFirst(claims: ReadonlyArray<{ parentItem: number | null }>): number[] {
  const order: number[] = [];
  const placed = new Set<number>();
  while (order.length < claims.length) {
    const before = order.length;
    claims.forEach((claim, index) => {
      if (placed.has(index) || (claim.parentItem !== null && !placed.has(claim.parentItem))) return;
      order.push(index);
      placed.add(index);
    });
    // The schema refuses loops and dangling items; never spin on one that slipped through.
    if (order.length === before) throw new Error("Funding items are parts of each other.");
  }
  return order;
}

/** `parentId`: the claim it is part of (an existing one, or an item of this announcement once created). */
export function fundingClaimRow(
  claim: AnnouncementFundingInput,
  links: Links,
  parentId: string | null = claim.parentId,
): Prisma.FundingClaimUncheckedCreateInput {
  const { amountText, parentItem, ...fields } = claim;
  void [amountText, parentItem];
  return {
    ...fields,
    parentId,
    ...links,
    asOf: optionalDate(claim.asOf),
    periodStart: optionalDate(claim.periodStart),
    periodEnd: optionalDate(claim.periodEnd),
  };
}

export function capacityClaimRow(claim: AnnouncementCapacityInput, links: Links): Prisma.CapacityClaimUncheckedCreateInput {
  const { valueText, ...fields } = claim;
  void valueText;
  return { ...fields, ...links, asOf: optionalDate(claim.asOf) };
}

/** The milestone, with a relative deadline resolved to its due day, and its first due-date revision. */
export function milestoneRows(milestone: AnnouncementMilestoneInput, links: Links) {
  const { timing, ...fields } = milestone;
  const dueOn =
    timing === "after" && milestone.anchorOn !== null && milestone.relativeDays !== null
      ? resolveDueOn(milestone.anchorOn, milestone.relativeDays)
      : milestone.dueOn;
  const row = {
    ...fields,
    ...links,
    dueOn: optionalDate(dueOn),
    anchorOn: optionalDate(milestone.anchorOn),
    completedOn: optionalDate(milestone.completedOn),
  } satisfies Prisma.MilestoneUncheckedCreateInput;
  const revision = {
    dueOn: row.dueOn,
    duePrecision: row.duePrecision,
    dueText: row.dueText,
    relativeDays: row.relativeDays,
    anchorOn: row.anchorOn,
    reason: "First due date, as announced.",
    sourceId: links.sourceId,
    announcementId: links.announcementId,
  } satisfies Omit<Prisma.MilestoneRevisionUncheckedCreateInput, "milestoneId">;
  return { row, revision };
}

export function organizationRow(
  organization: Extract<AnnouncementPartnerInput["organization"], { mode: "new" }>,
): Prisma.OrganizationUncheckedCreateInput {
  const { mode, ...fields } = organization;
  void mode;
  return fields;
}

export function participationRow(
  partner: AnnouncementPartnerInput,
  organizationId: string,
  links: Links,
): Prisma.ParticipationUncheckedCreateInput {
  const { organization, ...fields } = partner;
  void organization;
  return { ...fields, ...links, organizationId };
}
