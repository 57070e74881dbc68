// Organisation and participation rows. A participation is unique per (program, organisation,
// role): an organisation listed twice with the same role (OpenAI's two Genesis MOU entries) is
// merged, keeping the first entry's source and both role texts.
import type { Confidence, ParticipationRole } from "../generated/prisma/client";
import type { RawPartner, RawProgram } from "./input-schema";
import { idOf, keys } from "./keys";
import { namedOrganization, partnerOrganizations, type NamedOrganization } from "./organizations";
import { configOf } from "./program-config";
import type { OrganizationRow, ParticipationRow } from "./row-types";
import { pickSource } from "./sources";

// Read per ";"-separated part of the role text, first match wins.
const ROLE_RULES: Array<[RegExp, ParticipationRole]> = [
  [/\bMOU\b/i, "mou_signatory"],
  [/signatory/i, "signatory"],
  [/lead partner|initiator/i, "lead"],
  [/equity funder/i, "equity_partner"],
  [/technology partner/i, "technology_partner"],
  [/developer|\bbuilds?\b/i, "developer"],
  [/\bhosts?\b/i, "host"],
  [/supplier/i, "supplier"],
  [/financ|investor|co-fund|pledge/i, "funder"],
  [/coordination/i, "coordinator"],
];

/**
 * The roles a role text names. "Initial equity funder; technology partner; builds/leases 4.5 GW"
 * is three roles; parts naming no role ("anchor tenant") are kept in roleDetail only, and a text
 * with no recognisable role at all is `other`.
 */
export function rolesFrom(roleText: string): ParticipationRole[] {
  const roles = roleText
    .split(";")
    .map((part) => ROLE_RULES.find(([pattern]) => pattern.test(part))?.[1])
    .filter((role): role is ParticipationRole => role !== undefined);
  return roles.length > 0 ? [...new Set(roles)] : ["other"];
}

function confidenceOf(partner: RawPartner): Confidence {
  // The seed-000 claim that Google, Meta and Microsoft take part is contradicted by every source.
  if (/^Seed \d{3} claim/.test(partner.organisation)) return "disputed";
  const text = `${partner.role} ${partner.notes ?? ""}`;
  if (/unverified/i.test(text)) return "unverified";
  if (/reported/i.test(text)) return "reported";
  return "verified";
}

function joinDistinct(a: string | null, b: string | null): string | null {
  return [...new Set([a, b].filter((text): text is string => Boolean(text)))].join(" / ") || null;
}

export type OrganizationsAndParticipations = { organizations: OrganizationRow[]; participations: ParticipationRow[] };

export function mapOrganizationsAndParticipations(programs: RawProgram[]): OrganizationsAndParticipations {
  const organizations = new Map<string, OrganizationRow>();
  const participations = new Map<string, ParticipationRow>();
  const addOrganization = (org: NamedOrganization): string => {
    const id = idOf(keys.organization(org.slug));
    if (!organizations.has(org.slug)) organizations.set(org.slug, { id, slug: org.slug, name: org.name, kind: org.kind, notes: org.notes });
    return id;
  };
  type Details = Pick<ParticipationRow, "roleDetail" | "confidence" | "sourceId" | "notes">;
  const addParticipation = (programId: string, org: NamedOrganization, role: ParticipationRole, row: Details) => {
    const key = keys.participation(programId, org.slug, role);
    const existing = participations.get(key);
    if (existing) {
      existing.roleDetail = joinDistinct(existing.roleDetail, row.roleDetail);
      existing.notes = joinDistinct(existing.notes, row.notes);
      return;
    }
    const organizationId = addOrganization(org);
    participations.set(key, {
      id: idOf(key),
      programId: idOf(keys.program(programId)),
      organizationId,
      role,
      announcementId: null,
      ...row,
    });
  };

  for (const program of programs) {
    const lead = configOf(program.id).lead;
    if (lead) {
      const org = namedOrganization(lead.name, lead.kind);
      const roleDetail = configOf(program.id).leadDescription ?? program.leadOrganisation.details ?? program.leadOrganisation.name;
      const sourceId = pickSource(program.leadOrganisation.sources, `${program.id} lead`);
      addParticipation(program.id, org, "lead", { roleDetail, confidence: "verified", sourceId, notes: null });
    }
    for (const partner of program.partners) {
      const sourceId = pickSource(partner.sources, `${program.id} partner ${partner.organisation}`);
      const seedClaim = /^Seed \d{3} claim/.test(partner.organisation) ? partner.organisation : null;
      const notes = [seedClaim, partner.notes].filter(Boolean).join(" — ") || null;
      for (const org of partnerOrganizations(partner)) {
        for (const role of rolesFrom(partner.role)) {
          addParticipation(program.id, org, role, { roleDetail: partner.role, confidence: confidenceOf(partner), sourceId, notes });
        }
      }
    }
  }
  return { organizations: [...organizations.values()], participations: [...participations.values()] };
}

/** The organisation row id of a program's lead, or null. */
export function leadOrganizationId(programId: string): string | null {
  const lead = configOf(programId).lead;
  return lead ? idOf(keys.organization(namedOrganization(lead.name, lead.kind).slug)) : null;
}
