// The closed vocabularies of the data model, as value lists that forms, the API and zod share.
// tests/unit/schemas/vocabulary.test.ts keeps them equal to the database enums in schema.prisma.
export const programKinds = ["public", "private", "public_private", "proposal"] as const;
export const programStatuses = ["proposed", "announced", "active", "under_construction", "operational", "stalled", "cancelled"] as const;
export const publicationStates = ["draft", "published"] as const;
export const organizationKinds = [
  "company",
  "national_lab",
  "university",
  "government",
  "investor",
  "non_profit",
  "consortium",
  "individual",
] as const;
export const participationRoles = [
  "lead",
  "equity_partner",
  "funder",
  "recipient",
  "technology_partner",
  "developer",
  "operator",
  "host",
  "supplier",
  "mou_signatory",
  "signatory",
  "coordinator",
  "member",
  "other",
] as const;
export const sourceKinds = [
  "official_document",
  "press_release",
  "news",
  "trade_press",
  "analysis",
  "blog",
  "dataset",
  "seed_document",
  "other",
] as const;
export const sourceReliabilities = ["primary", "secondary", "low", "unreliable"] as const;
export const confidences = ["verified", "reported", "unverified", "disputed", "incorrect"] as const;
export const valueShapes = ["exact", "approximate", "at_least", "up_to", "range", "unstated"] as const;
export const fundingKinds = [
  "pledged",
  "committed",
  "appropriated",
  "contracted",
  "spent",
  "private_investment",
  "estimate",
  "funding_call",
  "mobilisation_target",
] as const;
export const capacityMetrics = [
  "compute",
  "power",
  "accelerators",
  "sites",
  "facilities",
  "researchers",
  "jobs",
  "models",
  "other",
] as const;
export const capacityKinds = ["target", "operational"] as const;
export const computePrecisions = ["fp64", "fp32", "fp16", "fp8", "fp4", "mixed_ai", "unspecified"] as const;
export const datePrecisions = ["day", "month", "quarter", "half_year", "year", "season", "part_of_year"] as const;
export const claimScopes = ["own", "related"] as const;
export const milestoneStatuses = ["planned", "in_progress", "completed", "delayed", "missed", "cancelled", "unknown"] as const;
