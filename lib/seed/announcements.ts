// Announcement rows: each program's launch, plus one per completed milestone with a known day (the
// day it was announced as done). Claims and milestones dated that day in that program point at it.
import type { RawProgram, RawSource } from "./input-schema";
import { reliabilityFrom } from "./classify";
import { toIsoDay } from "@/lib/core/dates";
import { parseDateText } from "./dates";
import { idOf, keys } from "./keys";
import type { AnnouncementRow, MilestoneRow, SeedRows } from "./row-types";
import { pickSource, sourceIdOf } from "./sources";

const REPORTING_DAYS = 7;

function announcedDay(milestone: MilestoneRow): Date | null {
  if (milestone.status !== "completed") return null;
  if (milestone.completedOn) return milestone.completedOn;
  return milestone.duePrecision === "day" ? milestone.dueOn : null;
}

/**
 * The source that reports what happened on `day`: among the milestone's and the program's sources,
 * primary first, the first one dated that day or within a week after. A milestone's own first
 * source often predates its completion (the EO that set a deadline does not report meeting it).
 */
function reportingSource(day: Date, candidates: RawSource[], fallback: string): string {
  const isPrimary = (s: RawSource) => Number(s.type === "web" && reliabilityFrom(s.reliability) === "primary");
  const primaryFirst = [...candidates].sort((a, b) => isPrimary(b) - isPrimary(a));
  const reporting = primaryFirst.find((s) => {
    const published = s.type === "web" ? parseDateText(s.published) : null;
    const lag = published?.precision === "day" ? (published.date.getTime() - day.getTime()) / 86_400_000 : -1;
    return lag >= 0 && lag <= REPORTING_DAYS;
  });
  return reporting ? sourceIdOf(reporting) : fallback;
}

export function mapAnnouncements(programs: RawProgram[], milestones: MilestoneRow[]): AnnouncementRow[] {
  return programs.flatMap((program) => {
    const programId = idOf(keys.program(program.id));
    const launch = parseDateText(program.announcementDate);
    if (launch?.precision !== "day") throw new Error(`${program.id}: announcementDate is not a day`);
    const rawSources = new Map(program.milestones.map((m) => [idOf(keys.milestone(program.id, m.title)), m.sources]));
    const done = milestones
      .filter((m) => m.programId === programId)
      .map((milestone) => ({ milestone, day: announcedDay(milestone) }))
      .filter((d): d is { milestone: MilestoneRow; day: Date } => d.day !== null);
    const byDay = new Map<string, AnnouncementRow>();
    const add = (day: Date, title: string, summary: string | null, sourceId: string) => {
      const iso = toIsoDay(day);
      if (byDay.has(iso)) return;
      const id = idOf(keys.announcement(program.id, iso));
      byDay.set(iso, { id, programId, sourceId, title, summary, announcedOn: day, publicationState: "published", publishedAt: day });
    };
    // The launch is named after the milestone that records it when there is one (Stargate's White
    // House event), else after the program.
    const launchMilestone = done.find((d) => toIsoDay(d.day) === toIsoDay(launch.date))?.milestone;
    const milestoneSources = launchMilestone ? (rawSources.get(launchMilestone.id) ?? []) : [];
    const launchCandidates = [...milestoneSources, ...program.leadOrganisation.sources, ...program.sources];
    const launchFallback = launchMilestone?.sourceId ?? pickSource(program.leadOrganisation.sources, `${program.id} launch`);
    const launchTitle = launchMilestone?.title ?? `${program.names.en[0]} announced`;
    add(launch.date, launchTitle, program.announcementDateNote ?? null, reportingSource(launch.date, launchCandidates, launchFallback));
    for (const { milestone, day } of done) {
      // A milestone done on another day than it was due: the announcement is of its completion.
      const completion = milestone.completedOn !== null && milestone.dueOn?.getTime() !== milestone.completedOn.getTime();
      const title = completion ? `Completed: ${milestone.title}` : milestone.title;
      const candidates = [...(rawSources.get(milestone.id) ?? []), ...program.sources];
      add(day, title, milestone.statusDetail, reportingSource(day, candidates, milestone.sourceId));
    }
    return [...byDay.values()];
  });
}

/** Points claims and milestones at the announcement their program made on their (day) date. */
export function linkAnnouncements(rows: SeedRows): SeedRows {
  const byProgramDay = new Map(rows.announcements.map((a) => [`${a.programId}:${toIsoDay(a.announcedOn)}`, a.id]));
  const find = (programId: string, day: Date | null): string | null =>
    day ? (byProgramDay.get(`${programId}:${toIsoDay(day)}`) ?? null) : null;
  const claimLink = <T extends { programId: string; asOf: Date | null; asOfPrecision: string }>(claim: T): T => ({
    ...claim,
    announcementId: claim.asOfPrecision === "day" ? find(claim.programId, claim.asOf) : null,
  });
  const milestones = rows.milestones.map((m) => ({
    ...m,
    // Due day first; a relative deadline was introduced by its anchor (the executive order); a
    // milestone whose completion was announced links to that announcement last.
    announcementId:
      (m.duePrecision === "day" ? find(m.programId, m.dueOn) : null) ?? find(m.programId, m.anchorOn) ?? find(m.programId, m.completedOn),
  }));
  const milestoneAnnouncement = new Map(milestones.map((m) => [m.id, m.announcementId]));
  return {
    ...rows,
    fundingClaims: rows.fundingClaims.map(claimLink),
    capacityClaims: rows.capacityClaims.map(claimLink),
    milestones,
    milestoneRevisions: rows.milestoneRevisions.map((r) => ({ ...r, announcementId: milestoneAnnouncement.get(r.milestoneId) ?? null })),
  };
}
