// Who takes part in a program, grouped by role in the order a reader expects (lead first).
import type { Prisma } from "@/lib/generated/prisma/client";
import { participationRoles } from "@/lib/core/vocabulary";
import { isoDate, sourceSelect, toSourceDto } from "./source-dto";
import type { KnownBy } from "@/lib/dashboard/as-of";
import type { PartnerDto, PartnerRoleGroup } from "@/lib/schemas/api/program";

export const participationSelect = {
  id: true,
  role: true,
  roleDetail: true,
  contribution: true,
  confidence: true,
  notes: true,
  joinedOn: true,
  leftOn: true,
  organization: { select: { slug: true, name: true, kind: true, country: true } },
  source: { select: sourceSelect },
  leftSource: { select: sourceSelect },
} as const satisfies Prisma.ParticipationSelect;

type ParticipationRow = Prisma.ParticipationGetPayload<{ select: typeof participationSelect }>;

/** Confidence levels that count a partnership as confirmed; unverified and disputed ones do not. */
export const confirmedLevels = ["verified", "reported"] as const;

export function isConfirmed(confidence: string): boolean {
  return (confirmedLevels as readonly string[]).includes(confidence);
}

/** One organisation in a program: its roles merged, as readers should see it (Oracle once, three roles). */
export type PartnerOrganizationDto = Omit<PartnerDto, "id" | "roleDetail"> & { roles: string[]; roleDetails: string[]; confirmed: boolean };

export function partnersByOrganization(groups: PartnerRoleGroup[]): PartnerOrganizationDto[] {
  const byOrg = new Map<string, PartnerOrganizationDto>();
  for (const group of groups) {
    for (const { id: _id, roleDetail, ...partner } of group.partners) {
      const seen = byOrg.get(partner.organization.slug);
      const merged = seen ?? { ...partner, roles: [], roleDetails: [], confirmed: isConfirmed(partner.confidence) };
      merged.roles.push(roleName(group.role));
      if (roleDetail && !merged.roleDetails.includes(roleDetail)) merged.roleDetails.push(roleDetail);
      // Confirmed when any of its roles is; a departure known for any role marks the organisation.
      merged.confirmed ||= isConfirmed(partner.confidence);
      if (!merged.leftOn && partner.leftOn) Object.assign(merged, { leftOn: partner.leftOn, leftSource: partner.leftSource });
      byOrg.set(partner.organization.slug, merged);
    }
  }
  return [...byOrg.values()].sort((a, b) => a.organization.name.localeCompare(b.organization.name));
}

const roleLabels: Record<string, string> = {
  lead: "Lead",
  equity_partner: "Equity partners",
  funder: "Funders",
  recipient: "Recipients of its funding",
  technology_partner: "Technology partners",
  developer: "Developers",
  operator: "Operators",
  host: "Hosts",
  supplier: "Suppliers",
  mou_signatory: "MOU signatories",
  signatory: "Signatories",
  coordinator: "Coordinators",
  member: "Members",
  other: "Other participants",
};

export function roleLabel(role: string): string {
  return roleLabels[role] ?? role;
}

/** One participant's role in words: "MOU signatory", "equity partner". */
export function roleName(role: string): string {
  if (role === "mou_signatory") return "MOU signatory";
  if (role === "recipient") return "recipient of its funding";
  if (role === "other") return "other role";
  return role.replace("_", " ");
}

/** A departure dated after the view's day (or whose source came out later) is not known yet. */
function partnerDto({ role: _role, source, leftSource, joinedOn, leftOn, ...row }: ParticipationRow, knownBy: KnownBy): PartnerDto {
  const leftKnown =
    leftOn !== null && leftSource !== null && (!knownBy || (leftOn <= knownBy && (leftSource.publishedOn ?? leftOn) <= knownBy));
  return {
    ...row,
    source: toSourceDto(source),
    joinedOn: isoDate(joinedOn),
    leftOn: leftKnown ? isoDate(leftOn) : null,
    leftSource: leftKnown ? toSourceDto(leftSource) : null,
  };
}

export function groupPartners(rows: ParticipationRow[], knownBy: KnownBy = null): PartnerRoleGroup[] {
  return participationRoles
    .map((role) => ({
      role,
      label: roleLabel(role),
      partners: rows
        .filter((row) => row.role === role)
        .map((row) => partnerDto(row, knownBy))
        .sort((a, b) => a.organization.name.localeCompare(b.organization.name)),
    }))
    .filter((group) => group.partners.length > 0);
}
