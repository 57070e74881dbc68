// Program rows. Names, status wording and dates come from programs.json; the decisions it leaves as
// prose (slug, kind, status enum, lead) from program-config.ts.
import type { RawProgram } from "./input-schema";
import { parseDateText } from "./dates";
import { idOf, keys } from "./keys";
import { leadOrganizationId } from "./participations";
import { configOf } from "./program-config";
import { readerAlias } from "./reader-text";
import type { ProgramRow } from "./row-types";

export function mapProgram(program: RawProgram): ProgramRow {
  const config = configOf(program.id);
  const announced = parseDateText(program.announcementDate);
  if (!announced) throw new Error(`${program.id}: no announcement date`);
  const statusAsOf = parseDateText(program.status.asOf);
  const [name, ...otherEnglish] = program.names.en;
  const [nameFr, ...otherFrench] = program.names.fr;
  const leadId = leadOrganizationId(program.id);
  return {
    id: idOf(keys.program(program.id)),
    slug: config.slug,
    name: name!,
    nameFr: nameFr ?? null,
    aliases: [...otherEnglish, ...otherFrench].map(readerAlias),
    country: config.country,
    region: program.region,
    leadOrganizationId: leadId,
    // With a lead organisation, its details say who does what; without one, the research file's
    // description of who leads is all there is.
    leadDescription:
      config.leadDescription ??
      (leadId ? (program.leadOrganisation.details ?? program.leadOrganisation.name) : program.leadOrganisation.name),
    kind: config.kind,
    status: config.status,
    // The research file's status text says how facts were found ("in the material read"): editors only.
    statusDetail: config.statusDetail,
    editorNote: `${program.status.value} — ${program.status.detail}`,
    // Only a real date: ATOM's "2026 (Lambert talk slides)" is a year, too vague to date a status.
    statusAsOf: statusAsOf?.precision === "day" ? statusAsOf.date : null,
    announcedOn: announced.date,
    summary: `${config.summaryPrefix ?? ""}${program.description}`,
    publicationState: "published",
    // A fixed timestamp (the announcement day) so that a second seed computes identical rows.
    publishedAt: announced.date,
  };
}

export function mapPrograms(programs: RawProgram[]): ProgramRow[] {
  return programs.map(mapProgram);
}
