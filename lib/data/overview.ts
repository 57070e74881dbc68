// Everything the overview (/) shows, in a fixed number of queries whatever the number of programs.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PrismaClient } from "@/lib/prisma-client";
import { addDays, type IsoDate } from "@/lib/core/dates";
import { capacityClaimSelect, toCapacityClaimDto, type CapacityClaimDto } from "./claim-dto";
import { milestoneSelect, toMilestoneDto } from "./milestone-dto";
import { boundWords, groupComparable, moneyKind, whyComparable } from "./comparable-sets";
import { drawableCapacityClaim } from "./drawable";
import { totalCapacity, totalMoneyUsd, type MoneyTotal, type RangeTotal } from "./overview-totals";
import { listPublishedPrograms } from "./programs";
import { isoDate, sourceSelect, toSourceDto } from "./source-dto";
import type { SourceDto, MilestoneDto } from "@/lib/schemas/api/common";
import { viewDate } from "./view-date";
import { visibleAnnouncement, visibleCapacityClaim, visibleMilestone } from "./visibility";
import { type KnownBy } from "@/lib/dashboard/as-of";
import type { ProgramSummaryDto } from "@/lib/schemas/api/programs";

export const UPCOMING_DAYS = 180;
const LIST_LIMIT = 8;

type Member = { programSlug: string; programName: string };
// One comparable set: its total (a range when its members' ends differ), why its members may be
// added, and the members themselves. A set of one is that program's figure alone.
export type ComparableSet<T extends RangeTotal = RangeTotal> = T & { key: string; why: string; members: Member[] };

type CapacityClaimRow = CapacityClaimDto & { programSlug: string; programName: string };

export type CapacityTotals = {
  power: ComparableSet[];
  accelerators: ComparableSet[];
  // Sets per precision: FP64 and AI exaFLOPS are never added together.
  compute: { precision: string | null; precisionLabel: string | null; sets: ComparableSet[] }[];
  claims: CapacityClaimRow[];
};

type HeadlineClaim = { programSlug: string; programName: string; claim: ProgramSummaryDto["headlineFunding"][number] };

export type AnnouncementDto = {
  id: string;
  title: string;
  summary: string | null;
  announcedOn: string;
  program: { slug: string; name: string };
  source: SourceDto;
};

export type OverviewDto = {
  today: IsoDate;
  programs: ProgramSummaryDto[];
  money: { sets: ComparableSet<MoneyTotal>[]; claims: HeadlineClaim[]; proposals: HeadlineClaim[] };
  capacity: CapacityTotals;
  overdue: MilestoneDto[];
  overdueCount: number;
  upcoming: MilestoneDto[];
  announcements: AnnouncementDto[];
};

export async function loadOverview(db: PrismaClient, knownBy: KnownBy, options: { now?: Date } = {}): Promise<OverviewDto> {
  const today = viewDate(knownBy, options.now);
  const [programs, capacityRows, milestoneRows, announcementRows] = await Promise.all([
    listPublishedPrograms(db, knownBy),
    db.capacityClaim.findMany({
      where: {
        AND: [visibleCapacityClaim(knownBy), drawableCapacityClaim(knownBy)],
        isHeadline: true,
        kind: "target",
        metric: { in: ["power", "compute", "accelerators"] },
        // A proposal's figures are asks, not capacity anyone is building.
        program: { kind: { not: "proposal" } },
      },
      orderBy: [{ asOf: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      select: { ...capacityClaimSelect, program: { select: { slug: true, name: true } } },
    }),
    db.milestone.findMany({
      where: openMilestonesBy(knownBy, today),
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      select: milestoneSelect(knownBy),
    }),
    db.announcement.findMany({
      where: visibleAnnouncement(knownBy),
      orderBy: [{ announcedOn: "desc" }, { id: "asc" }],
      take: LIST_LIMIT,
      select: {
        id: true,
        title: true,
        summary: true,
        announcedOn: true,
        program: { select: { slug: true, name: true } },
        source: { select: sourceSelect },
      },
    }),
  ]);
  const milestones = milestoneRows.map((row) => toMilestoneDto(row, today, knownBy));
  const overdue = milestones.filter((m) => m.overdue).sort(byDeadline);
  const horizon = addDays(today, UPCOMING_DAYS);
  const upcoming = milestones
    .filter((m) => !m.overdue && m.due && m.due.deadline >= today && m.due.on <= horizon && isOpenStatus(m))
    .sort(byDeadline);
  return {
    today,
    programs,
    money: moneyTotals(programs),
    capacity: capacityTotals(
      capacityRows.map((row) => ({ ...toCapacityClaimDto(row), programSlug: row.program.slug, programName: row.program.name })),
    ),
    // Every overdue milestone: a count above a shorter list would hide some of them.
    overdue,
    overdueCount: overdue.length,
    upcoming: upcoming.slice(0, LIST_LIMIT),
    announcements: announcementRows.map((row) => ({
      ...row,
      announcedOn: isoDate(row.announcedOn) ?? "",
      source: toSourceDto(row.source),
    })),
  };
}

// Open on the viewed day: not closed, or closed after it. Live views also skip milestones due
// beyond the horizon in SQL; a past view judges by the due date known then, so it cannot.
function openMilestonesBy(knownBy: KnownBy, today: IsoDate): Prisma.MilestoneWhereInput {
  const open: Prisma.MilestoneWhereInput = {
    OR: [{ status: { notIn: ["completed", "cancelled"] } }, ...(knownBy ? [{ completedOn: { gt: knownBy } }] : [])],
  };
  const horizon = new Date(`${addDays(today, UPCOMING_DAYS)}T00:00:00Z`);
  const dated: Prisma.MilestoneWhereInput[] = knownBy ? [] : [{ OR: [{ dueOn: { lte: horizon } }, { dueOn: null }] }];
  // Unverified and disputed milestones (e.g. a seed article's invented deadline) stay on the timeline,
  // marked, but the overview's late and upcoming lists keep to milestones a source stands behind.
  const trusted: Prisma.MilestoneWhereInput = { confidence: { in: ["verified", "reported"] } };
  return { AND: [visibleMilestone(knownBy), open, trusted, ...dated] };
}

const isOpenStatus = (m: MilestoneDto) => m.status !== "completed" && m.status !== "cancelled";
const byDeadline = (a: MilestoneDto, b: MilestoneDto) =>
  (a.due?.deadline ?? "").localeCompare(b.due?.deadline ?? "") || a.title.localeCompare(b.title);

function moneyTotals(programs: ProgramSummaryDto[]): OverviewDto["money"] {
  // The latest headline per program (they come newest first) that may be drawn: never an incorrect
  // figure, one with no number, or a proposal's (a proposal's money is never funding).
  const headline = (p: ProgramSummaryDto): HeadlineClaim[] => {
    const claim = p.headlineFunding.find((c) => c.confidence !== "incorrect" && c.money.figure.shape !== "unstated");
    return claim ? [{ programSlug: p.slug, programName: p.name, claim }] : [];
  };
  const claims = programs.filter((p) => p.kind !== "proposal").flatMap(headline);
  const proposals = programs.filter((p) => p.kind === "proposal").flatMap(headline);
  const groups = groupComparable(
    claims,
    (c) => moneyKind(c.claim.kind),
    (c) => c.claim.money.figure.shape,
  );
  const sets = groups.map((group) => {
    const total = totalMoneyUsd(group.items.map((c) => ({ ...c, money: c.claim.money })));
    return {
      ...total,
      text: boundWords(group.key, total.text),
      key: group.key,
      why: whyComparable(group, "money"),
      members: membersOf(group.items),
    };
  });
  return { sets, claims, proposals };
}

const membersOf = (items: Member[]) => items.map(({ programSlug, programName }) => ({ programSlug, programName }));

const targetKind = { key: "target", words: "targets" };

function capacitySets(list: CapacityClaimRow[], unit: string, subject: string): ComparableSet[] {
  return groupComparable(
    list,
    () => targetKind,
    (c) => c.shape,
  ).map((group) => {
    const total = totalCapacity(
      group.items.map((c) => ({ programSlug: c.programSlug, programName: c.programName, shape: c.shape, ...c.value })),
      unit,
    );
    return {
      ...total,
      text: boundWords(group.key, total.text),
      key: group.key,
      why: whyComparable(group, subject),
      members: membersOf(group.items),
    };
  });
}

function capacityTotals(claims: CapacityTotals["claims"]): CapacityTotals {
  const firstPerProgram = (metric: string, precision?: string | null) => {
    const seen = new Set<string>();
    return claims.filter(
      (c) =>
        c.metric === metric &&
        (precision === undefined || c.precision === precision) &&
        !seen.has(c.programSlug) &&
        seen.add(c.programSlug),
    );
  };
  const precisions = [...new Set(claims.filter((c) => c.metric === "compute").map((c) => c.precision))];
  return {
    power: capacitySets(firstPerProgram("power"), "MW", "target power"),
    accelerators: capacitySets(firstPerProgram("accelerators"), "accelerators", "target accelerators"),
    compute: precisions.map((precision) => {
      const list = firstPerProgram("compute", precision);
      return {
        precision,
        precisionLabel: list[0]?.precisionLabel ?? null,
        sets: capacitySets(list, "EFLOPS", "target compute of one precision"),
      };
    }),
    claims,
  };
}
