// All seed rows from the two research files: pure, deterministic, no database.
import { linkAnnouncements, mapAnnouncements } from "./announcements";
import { mapCapacityClaims } from "./capacity-claims";
import { mapExchangeRates } from "./exchange-rates";
import { mapFundingClaims } from "./funding-claims";
import type { SeedInput } from "./input-schema";
import { mapMilestones } from "./milestones";
import { mapOrganizationsAndParticipations } from "./participations";
import { mapPrograms } from "./programs";
import { readerRoleDetail } from "./reader-text";
import { joinNotes } from "./seed-quotes";
import type { SeedRows } from "./row-types";
import { mapSources } from "./sources";
import { buildUpdateRows, type SeedEdit } from "./update-rows";

/** The research file's rows, without the dated updates (update-rows.ts adds those). */
export function buildBaseRows({ programs, fx }: SeedInput): SeedRows {
  const { organizations, participations } = mapOrganizationsAndParticipations(programs);
  const { milestones, revisions } = mapMilestones(programs);
  return linkAnnouncements({
    sources: mapSources(programs, fx),
    organizations,
    programs: mapPrograms(programs),
    announcements: mapAnnouncements(programs, milestones),
    // The research file's partner notes are for editors; readers see the role and its source.
    participations: participations.map((row) => ({
      ...row,
      roleDetail: readerRoleDetail(row.roleDetail),
      notes: null,
      editorNote: joinNotes(
        row.roleDetail === readerRoleDetail(row.roleDetail) ? null : `Role as researched: ${row.roleDetail}`,
        row.notes,
      ),
    })),
    fundingClaims: mapFundingClaims(programs),
    capacityClaims: mapCapacityClaims(programs),
    milestones,
    milestoneRevisions: revisions,
    exchangeRates: mapExchangeRates(fx),
    statusChanges: [],
  });
}

export type SeedPlan = { rows: SeedRows; edits: SeedEdit[]; skipped: string[] };

/** Every row of the research file and of its dated updates, and the edits the updates make, in order. */
export function buildSeedPlan(input: SeedInput): SeedPlan {
  const start = new Date();
  const base = buildBaseRows(input);
  const { edits, skipped, ...added } = buildUpdateRows(input.programs, input.updates ?? [], base, start);
  // Due dates are ordered by when they were recorded: every original before the updates' moves.
  for (const revision of base.milestoneRevisions) revision.recordedAt ??= start;
  const rows = Object.fromEntries(
    Object.entries(base).map(([table, list]) => [table, [...list, ...added[table as keyof SeedRows]]]),
  ) as SeedRows;
  return { rows, edits, skipped };
}

export function buildSeedRows(input: SeedInput): SeedRows {
  return buildSeedPlan(input).rows;
}
