// /api/v1/organisations: the /partners matrix turned inside out, one entry per organisation listing
// its programs and roles (the matrix keys roles by program slug, which a table cannot hold).
import type { PartnerMatrixDto } from "@/lib/data/partners";
import { organisationsCsvColumns, type OrganisationDto } from "@/lib/schemas/api/organisations";
import type { CsvCell } from "./csv";

export function organisationsForApi(matrix: PartnerMatrixDto): OrganisationDto[] {
  return matrix.organizations.map(({ slug, name, kind, country, roles }) => ({
    slug,
    name,
    kind,
    country,
    path: `/partners/${slug}`,
    programs: matrix.programs.filter((p) => Object.hasOwn(roles, p.slug)).map((p) => ({ ...p, roles: roles[p.slug] ?? [] })),
  }));
}

type Column = (typeof organisationsCsvColumns)[number];

export function organisationRecords(organisations: OrganisationDto[]): Record<Column, CsvCell>[] {
  return organisations.flatMap((org) =>
    org.programs.map((program) => ({
      organisation_slug: org.slug,
      organisation: org.name,
      kind: org.kind,
      country: org.country ?? "",
      program_slug: program.slug,
      program: program.name,
      roles: program.roles.join("; "),
    })),
  );
}
