// Names the field behind an error path for the error summary: "fundingClaims.0.amountText" →
// "Funding claim 1 · amount text".
const SECTIONS: Record<string, string> = {
  source: "Source",
  announcement: "Announcement",
  program: "Program",
  fundingClaims: "Funding claim",
  capacityClaims: "Capacity claim",
  milestones: "Milestone",
  partners: "Partner",
  organization: "organisation",
};

// Field names whose label in the form says it differently.
const FIELDS: Record<string, string> = {
  amountText: "amount",
  valueText: "value",
  url: "web address",
  seedDocument: "document",
  publishedOn: "date",
  id: "choice",
  relativeDays: "days",
  anchorOn: "date the days count from",
  anchorLabel: "event",
  dueOn: "due date",
  isHeadline: "headline",
  slug: "short name",
  label: "label",
  mode: "new or existing",
  periodEnd: "period to",
  periodStart: "period from",
  asOf: "as of",
  parentId: "part of",
};

function words(segment: string): string {
  return SECTIONS[segment] ?? FIELDS[segment] ?? segment.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

export function describeFieldPath(path: string): string {
  const parts: string[] = [];
  for (const segment of path.split(".")) {
    if (/^\d+$/.test(segment) && parts.length > 0) parts[parts.length - 1] = `${parts[parts.length - 1]} ${Number(segment) + 1}`;
    else parts.push(words(segment));
  }
  return parts.join(" · ");
}
