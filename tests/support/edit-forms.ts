// Valid form input for each edit, built from the stored record the way the edit page fills its
// form (text values, "" for empty), with overrides for what the test changes.
import { toIsoDay } from "@/lib/core/dates";
import type { EditingFixture } from "../factories/editing-records";

type Fixture = EditingFixture;
type Values = Record<string, unknown>;
const day = (d: Date | null) => (d ? toIsoDay(d) : "");

export function programForm(f: Fixture, over: Values = {}): Values {
  const p = f.program;
  return {
    id: p.id,
    version: String(p.version),
    name: p.name,
    nameFr: "",
    aliases: [],
    country: p.country,
    region: p.region,
    leadOrganizationId: "",
    leadDescription: "",
    kind: p.kind,
    status: p.status,
    statusDetail: "",
    statusAsOf: "",
    statusCheckedOn: "",
    announcedOn: day(p.announcedOn),
    summary: p.summary,
    website: "",
    ...over,
  };
}

const claimBase = (c: Fixture["fundingClaim"] | Fixture["capacityClaim"]) => ({
  programId: c.programId,
  sourceId: c.sourceId,
  announcementId: "",
  label: c.label,
  shape: c.shape,
  asOf: day(c.asOf),
  asOfPrecision: c.asOfPrecision,
  scope: "",
  quote: "",
  confidence: c.confidence,
  confidenceNote: "",
  notes: "",
  isHeadline: c.isHeadline,
  parentId: "",
});

export function fundingForm(f: Fixture, over: Values = {}): Values {
  const c = f.fundingClaim;
  return {
    ...claimBase(c),
    id: c.id,
    version: String(c.version),
    amount: c.amount?.toString() ?? "",
    amountLow: "",
    amountHigh: "",
    currency: c.currency,
    kind: c.kind,
    periodStart: "",
    periodEnd: "",
    periodText: "",
    ...over,
  };
}

export function capacityForm(f: Fixture, over: Values = {}): Values {
  const c = f.capacityClaim;
  return {
    ...claimBase(c),
    id: c.id,
    version: String(c.version),
    metric: c.metric,
    unit: c.unit,
    unitDetail: "",
    precision: null,
    value: c.value?.toString() ?? "",
    valueLow: "",
    valueHigh: "",
    kind: c.kind,
    ...over,
  };
}

export function milestoneForm(f: Fixture, over: Values = {}): Values {
  const m = f.milestone;
  return {
    id: m.id,
    version: String(m.version),
    title: m.title,
    description: "",
    status: m.status,
    statusDetail: "",
    completedOn: "",
    completionSourceId: "",
    statusCheckedOn: "",
    confidence: m.confidence,
    sourceId: m.sourceId,
    announcementId: "",
    ...over,
  };
}

export function participationForm(f: Fixture, over: Values = {}): Values {
  const p = f.participation;
  return {
    id: p.id,
    version: String(p.version),
    sourceId: p.sourceId,
    announcementId: "",
    role: p.role,
    roleDetail: "",
    contribution: "",
    confidence: p.confidence,
    joinedOn: "",
    leftOn: "",
    leftSourceId: "",
    notes: "",
    ...over,
  };
}

export function organizationForm(f: Fixture, over: Values = {}): Values {
  const o = f.organization;
  return { id: o.id, version: String(o.version), name: o.name, kind: o.kind, country: "", website: "", notes: "", ...over };
}

export function sourceForm(f: Fixture, over: Values = {}): Values {
  const s = f.source;
  return {
    id: s.id,
    version: String(s.version),
    kind: s.kind,
    url: s.url ?? "",
    seedDocument: "",
    title: s.title,
    publisher: s.publisher,
    publishedOn: day(s.publishedOn),
    publishedPrecision: null,
    language: s.language,
    reliability: s.reliability,
    reliabilityNote: "",
    ...over,
  };
}

export function fundingSupersedeForm(f: Fixture, over: Values = {}): Values {
  const { id, version, ...claim } = fundingForm(f);
  return { ...claim, supersedesId: id, version, sourceId: f.newSource.id, amount: "12000000000", ...over };
}

export function capacitySupersedeForm(f: Fixture, over: Values = {}): Values {
  const { id, version, ...claim } = capacityForm(f);
  return { ...claim, supersedesId: id, version, sourceId: f.newSource.id, value: "1500", ...over };
}

export function rescheduleForm(f: Fixture, over: Values = {}): Values {
  const m = f.milestone;
  return {
    id: m.id,
    version: String(m.version),
    dueOn: "2026-05-01",
    duePrecision: "month",
    dueText: "",
    relativeDays: "",
    anchorOn: "",
    anchorLabel: "",
    reason: "The operator announced a delay.",
    sourceId: f.newSource.id,
    announcementId: "",
    ...over,
  };
}

export function exchangeRateForm(f: Fixture, over: Values = {}): Values {
  return {
    currency: "KRW",
    year: "2025",
    usdPerUnit: "0.000725",
    rateKind: "annual_average",
    series: "",
    note: "",
    sourceId: f.source.id,
    ...over,
  };
}

type StatusChange = {
  id: string;
  version: number;
  sourceId: string;
  fromStatus: string | null;
  status: string;
  detail: string | null;
  effectiveOn: Date;
  effectivePrecision: string;
};

export function statusChangeAddForm(f: Fixture, over: Values = {}): Values {
  return {
    programId: f.program.id,
    fromStatus: "active",
    status: "cancelled",
    effectiveOn: "2026-03-15",
    effectivePrecision: "month",
    detail: "The developer withdrew.",
    sourceId: f.newSource.id,
    announcementId: "",
    editorNote: "",
    ...over,
  };
}

export function statusChangeEditForm(c: StatusChange, over: Values = {}): Values {
  return {
    id: c.id,
    version: String(c.version),
    fromStatus: c.fromStatus ?? "",
    status: c.status,
    effectiveOn: day(c.effectiveOn),
    effectivePrecision: c.effectivePrecision,
    detail: c.detail ?? "",
    sourceId: c.sourceId,
    announcementId: "",
    editorNote: "",
    ...over,
  };
}
