// The rows the seed inserts, one type per table. Every row carries its deterministic id; money and
// capacity values are decimal strings (never floats); dates are UTC midnights for DATE columns.
import type {
  CapacityKind,
  ClaimScope,
  CapacityMetric,
  ComputePrecision,
  Confidence,
  DatePrecision,
  FundingKind,
  MilestoneStatus,
  OrganizationKind,
  ParticipationRole,
  ProgramKind,
  ProgramStatus,
  RateKind,
  SourceKind,
  SourceReliability,
  ValueShape,
} from "../generated/prisma/client";

export type SourceRow = {
  id: string;
  ref: string;
  kind: SourceKind;
  url: string | null;
  seedDocument: string | null;
  title: string;
  publisher: string;
  publishedOn: Date | null;
  publishedPrecision: DatePrecision | null;
  publishedNote: string | null;
  language: string;
  reliability: SourceReliability;
  reliabilityNote: string | null;
};

export type OrganizationRow = {
  id: string;
  slug: string;
  name: string;
  kind: OrganizationKind;
  notes: string | null;
};

export type ProgramRow = {
  id: string;
  slug: string;
  name: string;
  nameFr: string | null;
  aliases: string[];
  country: string;
  region: string;
  leadOrganizationId: string | null;
  leadDescription: string | null;
  kind: ProgramKind;
  status: ProgramStatus;
  statusDetail: string | null;
  editorNote: string | null;
  statusAsOf: Date | null;
  announcedOn: Date;
  summary: string;
  publicationState: "published";
  publishedAt: Date;
};

export type ParticipationRow = {
  id: string;
  programId: string;
  organizationId: string;
  role: ParticipationRole;
  roleDetail: string | null;
  confidence: Confidence;
  sourceId: string;
  announcementId: string | null;
  notes: string | null;
  // Set by a dated update ("partner joined on …"); programs.json does not date its partners.
  joinedOn?: Date | null;
  editorNote?: string | null;
};

export type AnnouncementRow = {
  id: string;
  programId: string;
  sourceId: string;
  title: string;
  summary: string | null;
  announcedOn: Date;
  publicationState: "published";
  publishedAt: Date;
  // A dated update's note for editors.
  editorNote?: string | null;
};

// Fields funding and capacity claims share.
type ClaimBase = {
  id: string;
  programId: string;
  label: string;
  shape: ValueShape;
  asOf: Date | null;
  asOfPrecision: DatePrecision;
  scope: string | null;
  quote: string | null;
  confidence: Confidence;
  confidenceNote: string | null;
  notes: string | null;
  editorNote: string | null;
  claimScope: ClaimScope;
  withdrawnOn: Date | null;
  withdrawnNote: string | null;
  isHeadline: boolean;
  parentId: string | null;
  supersedesId: string | null;
  sourceId: string;
  announcementId: string | null;
};

export type FundingClaimRow = ClaimBase & {
  amount: string | null;
  amountLow: string | null;
  amountHigh: string | null;
  currency: string;
  kind: FundingKind;
  periodStart: Date | null;
  periodEnd: Date | null;
  periodText: string | null;
  statedConversionAmount: string | null;
  statedConversionCurrency: string | null;
  statedConversionSourceId: string | null;
};

export type CapacityClaimRow = ClaimBase & {
  metric: CapacityMetric;
  unit: string;
  unitDetail: string | null;
  precision: ComputePrecision | null;
  value: string | null;
  valueLow: string | null;
  valueHigh: string | null;
  kind: CapacityKind;
};

export type MilestoneRow = {
  id: string;
  programId: string;
  title: string;
  description: string | null;
  dueOn: Date | null;
  duePrecision: DatePrecision;
  dueText: string | null;
  relativeDays: number | null;
  anchorOn: Date | null;
  anchorLabel: string | null;
  status: MilestoneStatus;
  statusDetail: string | null;
  completedOn: Date | null;
  confidence: Confidence;
  editorNote: string | null;
  sourceId: string;
  announcementId: string | null;
};

export type MilestoneRevisionRow = {
  id: string;
  milestoneId: string;
  dueOn: Date | null;
  duePrecision: DatePrecision;
  dueText: string | null;
  relativeDays: number | null;
  anchorOn: Date | null;
  reason: string | null;
  sourceId: string;
  announcementId: string | null;
  // A move from a dated update is recorded after the original, in the updates' order.
  recordedAt?: Date;
};

/** A dated program status transition (from a dated update). */
export type ProgramStatusChangeRow = {
  id: string;
  programId: string;
  fromStatus: ProgramStatus | null;
  status: ProgramStatus;
  detail: string | null;
  editorNote: string | null;
  effectiveOn: Date;
  effectivePrecision: DatePrecision;
  sourceId: string;
  announcementId: string | null;
};

export type ExchangeRateRow = {
  id: string;
  currency: string;
  year: number;
  usdPerUnit: string;
  unitsPerUsd: string;
  rateKind: RateKind;
  series: string | null;
  note: string | null;
  sourceId: string;
};

/** Every row the seed wants in the database, per table, in insertion (foreign-key) order. */
export type SeedRows = {
  sources: SourceRow[];
  organizations: OrganizationRow[];
  programs: ProgramRow[];
  announcements: AnnouncementRow[];
  participations: ParticipationRow[];
  fundingClaims: FundingClaimRow[];
  capacityClaims: CapacityClaimRow[];
  milestones: MilestoneRow[];
  milestoneRevisions: MilestoneRevisionRow[];
  exchangeRates: ExchangeRateRow[];
  statusChanges: ProgramStatusChangeRow[];
};
