// /api/v1/organisations: the /partners matrix turned inside out, one entry per organisation listing
// its programs and roles (the matrix keys roles by program slug, which a table cannot hold).
import { loadPartnerMatrix, type PartnerMatrixDto } from "@/lib/data/partners";
import { organisationsQuery } from "@/lib/schemas/api/query";
import type { OrganisationDto } from "@/lib/schemas/api/organisations";
import { columnsOf, recordOf, type CsvCell, type CsvCells } from "./csv";
import type { ListEndpoint } from "./list-get";

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

// One line per organisation and program it takes part in.
type Line = { org: OrganisationDto; program: OrganisationDto["programs"][number] };

const cells = {
  organisation_slug: ({ org }) => org.slug,
  organisation: ({ org }) => org.name,
  kind: ({ org }) => org.kind,
  country: ({ org }) => org.country ?? "",
  program_slug: ({ program }) => program.slug,
  program: ({ program }) => program.name,
  roles: ({ program }) => program.roles.join("; "),
} satisfies CsvCells<Line>;

export const organisationsCsvColumns = columnsOf(cells);

export function organisationRecords(organisations: OrganisationDto[]): Record<keyof typeof cells, CsvCell>[] {
  return organisations.flatMap((org) => org.programs.map((program) => recordOf(cells, { org, program })));
}

export const organisationsList = {
  name: "organisations",
  query: organisationsQuery,
  load: async (db, knownBy) => organisationsForApi(await loadPartnerMatrix(db, knownBy)),
  records: organisationRecords,
  columns: organisationsCsvColumns,
} satisfies ListEndpoint<OrganisationDto[], (typeof organisationsCsvColumns)[number]>;
