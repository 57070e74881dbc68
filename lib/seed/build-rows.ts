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

export function buildSeedRows({ programs, fx }: SeedInput): SeedRows {
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
      editorNote: joinNotes(row.roleDetail === readerRoleDetail(row.roleDetail) ? null : `Role as researched: ${row.roleDetail}`, row.notes),
    })),
    fundingClaims: mapFundingClaims(programs),
    capacityClaims: mapCapacityClaims(programs),
    milestones,
    milestoneRevisions: revisions,
    exchangeRates: mapExchangeRates(fx),
  });
}
