// The sources behind one program's page, each with what it backs there.
import type { SourceDto, MilestoneDto } from "@/lib/schemas/api/common";
import type { PartnerRoleGroup } from "@/lib/schemas/api/program";
import type { CapacityClaimDto, FundingClaimDto } from "./claim-dto";
import type { ProgramSourceDto } from "@/lib/schemas/api/program";

type Backed = {
  funding: FundingClaimDto[];
  capacity: CapacityClaimDto[];
  milestones: MilestoneDto[];
  partners: PartnerRoleGroup[];
  announcements: { source: SourceDto }[];
};

export function collectSources(backed: Backed): ProgramSourceDto[] {
  const byId = new Map<string, ProgramSourceDto>();
  const count = (source: SourceDto, key: "funding" | "capacity" | "milestones" | "partners" | "announcements") => {
    const entry = byId.get(source.id) ?? { ...source, funding: 0, capacity: 0, milestones: 0, partners: 0, announcements: 0 };
    entry[key] += 1;
    byId.set(source.id, entry);
  };
  backed.funding.forEach((c) => count(c.source, "funding"));
  backed.capacity.forEach((c) => count(c.source, "capacity"));
  backed.milestones.forEach((m) => count(m.source, "milestones"));
  backed.partners.forEach((g) => g.partners.forEach((p) => count(p.source, "partners")));
  backed.announcements.forEach((a) => count(a.source, "announcements"));
  return [...byId.values()].sort(
    (a, b) => a.publisher.localeCompare(b.publisher) || (a.publishedOn ?? "").localeCompare(b.publishedOn ?? ""),
  );
}
