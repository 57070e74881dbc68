// Organisation names from programs.json's partner lists and lead organisations, deduplicated by a
// slug of the name without its parenthesis ("MGX (Abu Dhabi)" → mgx; the parenthesis becomes notes).
import type { OrganizationKind } from "../generated/prisma/client";
import type { RawPartner } from "./input-schema";

export type NamedOrganization = { slug: string; name: string; notes: string | null; kind: OrganizationKind };

// Two spellings of one company.
const SLUG_ALIASES: Record<string, string> = { hpe: "hewlett-packard-enterprise" };

// Partner entries that name several organisations at once; each gets its own row.
const SPLITS: Record<string, string[]> = {
  "GENCI (AI2F, France) and Forschungszentrum Jülich (JAIF, Germany)": ["GENCI (AI2F, France)", "Forschungszentrum Jülich (JAIF, Germany)"],
  "Seed 000 claim: Google, Meta, Microsoft 'mobilised by the US government'": ["Google", "Meta", "Microsoft"],
};

// ATOM's named supporters are people, whatever their employer's kind in the research file.
const INDIVIDUALS = [
  "Nathan Lambert",
  "Bill Gurley",
  "Clément Delangue",
  "Christopher Manning",
  "Oleksii Kuchaiev",
  "Jason Kwon",
  "Dylan Patel",
];

const KINDS: Record<string, OrganizationKind> = {
  company: "company",
  lab: "national_lab",
  investor: "investor",
  government: "government",
  university: "university",
  "non-profit": "non_profit",
  // updates_2026.json: "company-led consortium" (the EUROPA consortium led by Domyn).
  "company-led": "consortium",
};

export function withoutParenthesis(name: string): string {
  return name.replace(/\s*\([^)]*\)/g, "").trim();
}

function parenthesis(name: string): string | null {
  const parts = [...name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!.trim());
  return parts.length > 0 ? parts.join("; ") : null;
}

export function organizationSlug(name: string): string {
  const slug = withoutParenthesis(name)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/, "");
  return SLUG_ALIASES[slug] ?? slug;
}

/** "government (EU institutions)" → government; individuals and universities by name. */
export function organizationKind(name: string, kindText: string): OrganizationKind {
  const plain = withoutParenthesis(name);
  if (INDIVIDUALS.includes(plain)) return "individual";
  // "University of Stuttgart (HammerHAI)" is listed as a lab for its AI Factory; it is a university.
  if (/\bUniversity\b/.test(plain)) return "university";
  const kind = KINDS[kindText.trim().split(/[\s(]/)[0]!.toLowerCase()];
  if (!kind) throw new Error(`Unknown organisation kind "${kindText}" for ${name}`);
  return kind;
}

export function namedOrganization(name: string, kindText: string): NamedOrganization {
  return { slug: organizationSlug(name), name: withoutParenthesis(name), notes: parenthesis(name), kind: organizationKind(name, kindText) };
}

/** The organisations one partner entry names (usually one). */
export function partnerOrganizations(partner: RawPartner): NamedOrganization[] {
  const names = SPLITS[partner.organisation] ?? [partner.organisation];
  return names.map((name) => namedOrganization(name, partner.kind));
}
