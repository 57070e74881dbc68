import { describe, expect, it } from "vitest";
import { partnersByOrganization } from "../../../lib/data/participation-dto";
import type { SourceDto } from "../../../lib/schemas/api/common";
import type { PartnerDto, PartnerRoleGroup } from "../../../lib/schemas/api/program";

const source: SourceDto = {
  id: "s",
  title: "T",
  publisher: "P",
  url: "https://example.org",
  publishedOn: null,
  publishedLabel: null,
  reliability: "primary",
};
const partner = (slug: string, confidence: PartnerDto["confidence"], roleDetail: string | null = null): PartnerDto => ({
  id: `${slug}-${roleDetail}`,
  roleDetail,
  contribution: null,
  confidence,
  notes: null,
  organization: { slug, name: slug, kind: "company", country: null },
  source,
  joinedOn: null,
  leftOn: null,
  leftSource: null,
});

describe("partnersByOrganization", () => {
  it("gives one organisation one row per program with its roles merged (Oracle ×3 on Stargate)", () => {
    const groups: PartnerRoleGroup[] = [
      { role: "equity_partner", label: "Equity partners", partners: [partner("oracle", "verified", "Initial equity funder")] },
      { role: "technology_partner", label: "Technology partners", partners: [partner("oracle", "verified", "Technology partner")] },
      {
        role: "developer",
        label: "Developers",
        partners: [partner("oracle", "verified", "Builds 4.5 GW"), partner("vantage", "reported")],
      },
    ];
    const rows = partnersByOrganization(groups);
    expect(rows.map((r) => [r.organization.slug, r.roles])).toEqual([
      ["oracle", ["equity partner", "technology partner", "developer"]],
      ["vantage", ["developer"]],
    ]);
    expect(rows[0]!.roleDetails).toEqual(["Initial equity funder", "Technology partner", "Builds 4.5 GW"]);
  });

  it("marks a partnership no source confirms", () => {
    const rows = partnersByOrganization([
      { role: "other", label: "Other", partners: [partner("microsoft", "disputed"), partner("hf", "unverified")] },
    ]);
    expect(rows.map((r) => r.confirmed)).toEqual([false, false]);
  });
});
