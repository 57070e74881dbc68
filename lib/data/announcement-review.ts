// One announcement as an editor reviews it before (or after) publishing: its source, program, and
// everything it brought, each figure read exactly as the public pages will print it.
import type { PrismaClient } from "@/lib/prisma-client";
import { periodOf, toFigure, toMoneyDto } from "./money-dto";
import type { HeadlineFundingDto } from "./programs";
import { formatPartialDate } from "@/lib/core/partial-date";
import { loadReferenceRates } from "./reference-rates";
import { isoDate, sourceSelect, toSourceDto } from "./source-dto";
import type { SourceDto } from "@/lib/schemas/api/common";

export type ReviewFundingDto = HeadlineFundingDto & { quote: string | null };
export type ReviewCapacityDto = {
  id: string;
  label: string;
  metric: string;
  kind: string;
  shape: string;
  value: string | null;
  low: string | null;
  high: string | null;
  unit: string;
  unitDetail: string | null;
};
export type ReviewMilestoneDto = {
  id: string;
  title: string;
  dueOn: string | null;
  dueLabel: string | null;
  dueText: string | null;
  relativeDays: number | null;
  anchorOn: string | null;
  anchorLabel: string | null;
  status: string;
};
export type ReviewPartnerDto = { id: string; organization: string; role: string; contribution: string | null };

export type AnnouncementReviewDto = {
  id: string;
  version: number;
  title: string;
  summary: string | null;
  announcedOn: string;
  publicationState: "draft" | "published";
  publishedAt: string | null;
  program: { name: string; slug: string; publicationState: "draft" | "published" };
  source: SourceDto & { kind: string; language: string };
  fundingClaims: ReviewFundingDto[];
  capacityClaims: ReviewCapacityDto[];
  milestones: ReviewMilestoneDto[];
  partners: ReviewPartnerDto[];
};

const live = { deletedAt: null } as const;

export async function getAnnouncementForReview(db: PrismaClient, id: string): Promise<AnnouncementReviewDto | null> {
  const [row, rates] = await Promise.all([
    db.announcement.findFirst({
      where: { id, deletedAt: null },
      include: {
        program: { select: { name: true, slug: true, publicationState: true } },
        source: { select: { ...sourceSelect, kind: true, language: true } },
        fundingClaims: { where: live, orderBy: { createdAt: "asc" } },
        capacityClaims: { where: live, orderBy: { createdAt: "asc" } },
        milestones: { where: live, orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }] },
        participations: { where: live, include: { organization: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
      },
    }),
    loadReferenceRates(db),
  ]);
  if (!row) return null;
  const { kind, language, ...sourceRow } = row.source;
  const source = { ...toSourceDto(sourceRow), kind, language };
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    summary: row.summary,
    announcedOn: isoDate(row.announcedOn) ?? "",
    publicationState: row.publicationState,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    program: row.program,
    source,
    fundingClaims: row.fundingClaims.map((claim) => {
      const asOf = isoDate(claim.asOf);
      return {
        id: claim.id,
        label: claim.label,
        kind: claim.kind,
        confidence: claim.confidence,
        quote: claim.quote,
        asOf,
        source,
        asOfLabel: formatPartialDate(asOf, claim.asOfPrecision),
        money: toMoneyDto(toFigure(claim), asOf, source.publishedOn, rates, periodOf(claim)),
      };
    }),
    capacityClaims: row.capacityClaims.map((claim) => ({
      id: claim.id,
      label: claim.label,
      metric: claim.metric,
      kind: claim.kind,
      shape: claim.shape,
      unit: claim.unit,
      unitDetail: claim.unitDetail,
      value: claim.value?.toString() ?? null,
      low: claim.valueLow?.toString() ?? null,
      high: claim.valueHigh?.toString() ?? null,
    })),
    milestones: row.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      status: m.status,
      dueText: m.dueText,
      relativeDays: m.relativeDays,
      anchorLabel: m.anchorLabel,
      dueOn: isoDate(m.dueOn),
      dueLabel: formatPartialDate(isoDate(m.dueOn), m.duePrecision),
      anchorOn: isoDate(m.anchorOn),
    })),
    partners: row.participations.map((p) => ({ id: p.id, organization: p.organization.name, role: p.role, contribution: p.contribution })),
  };
}
