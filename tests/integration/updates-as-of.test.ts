// Every dated update of updates_2026.json, table-driven: on the seeded database, the program page's
// data the day before the update's date does not show it, and once it is known does (its
// announcement on its date; each change once its date has come and its source was out, and the
// record it changes was itself known: a new claim, milestone or partner, a status transition, a
// departure, a moved due date, a completion or cancellation). Month-precision updates count from
// the month's first day.
import { describe, expect, it } from "vitest";
import { flattenClaims } from "../../lib/api/program-detail";
import { loadProgramDetail, type ProgramDetailDto } from "../../lib/data/program-detail";
import { addDays, fromIsoDay, toIsoDay } from "../../lib/core/dates";
import { parseDateText } from "../../lib/seed/dates";
import { idOf, keys } from "../../lib/seed/keys";
import { loadSeedInput } from "../../lib/seed/load-input";
import { milestoneStatusOf } from "../../lib/seed/milestones";
import { organizationSlug } from "../../lib/seed/organizations";
import { configOf } from "../../lib/seed/program-config";
import { pickSource } from "../../lib/seed/sources";
import type { RawUpdate, RawUpdateChange } from "../../lib/seed/update-schema";
import { useTestDatabase } from "../support/test-database";

const input = loadSeedInput();
const updates = input.updates ?? [];
const NOW = new Date("2026-12-05T12:00:00Z");
const { db } = useTestDatabase({ seeded: input });

const endOf = (day: Date) => new Date(`${day.toISOString().slice(0, 10)}T23:59:59.999Z`);

async function viewOn(update: RawUpdate, day: Date): Promise<ProgramDetailDto> {
  const detail = await loadProgramDetail(db, endOf(day), configOf(update.program).slug, { now: NOW });
  if (!detail) throw new Error(`${update.program} not visible on ${day.toISOString()}`);
  return detail;
}

/** What a change looks like on the page's data, or null when the page cannot tell before from after. */
function shows(update: RawUpdate, change: RawUpdateChange, view: ProgramDetailDto): boolean | null {
  const p = update.program;
  const claimIds = [...flattenClaims(view.funding), ...view.capacity.flatMap((g) => flattenClaims(g.claims))].map((c) => c.id);
  const milestone = (title: string) => view.milestones.find((m) => m.id === idOf(keys.milestone(p, title)));
  const partners = view.partners.flatMap((g) => g.partners);
  switch (change.kind) {
    case "funding_claim":
      return claimIds.includes(idOf(keys.funding(p, change.label)));
    case "capacity_claim":
      return claimIds.includes(idOf(keys.capacity(p, change.metric)));
    case "supersedes":
      return claimIds.includes("metric" in change.by ? idOf(keys.capacity(p, change.by.metric)) : idOf(keys.funding(p, change.by.label)));
    case "milestone_new":
      return milestone(change.title) !== undefined;
    case "milestone_move": {
      // Moved to this date, or (once a later move is known too) further.
      const due = milestone(change.milestone)?.due?.on;
      const moved = parseDateText(change.newDueDate)!.date.toISOString().slice(0, 10);
      return due !== undefined && (due === moved || (milestone(change.milestone)!.slippage !== null && due > moved));
    }
    case "milestone_status": {
      const status = milestoneStatusOf(/^met\b(?! late)/.test(change.status) ? "done" : change.status).status;
      // Only a closing status is dated (by its completion date); an open one has no history to tell.
      if (!["completed", "cancelled", "missed"].includes(status)) return null;
      return milestone(change.milestone)?.status === status;
    }
    case "program_status":
      return view.statusHistory.some((s) => s.source && s.on === parseDateText(update.date)!.date.toISOString().slice(0, 10));
    case "partner_joined":
      return partners.some((x) => x.organization.slug === organizationSlug(change.organisation));
    case "partner_left":
      return partners.some((x) => x.organization.slug === organizationSlug(change.organisation) && x.leftOn !== null);
  }
}

const latest = (dates: Array<Date | null | undefined>) =>
  new Date(Math.max(...dates.filter((d): d is Date => d instanceof Date).map((d) => d.getTime())));

/** The first day a change can be known: its date, its source's publication, and the changed record's own source's. */
async function knownOn(update: RawUpdate, change: RawUpdateChange, day: Date): Promise<Date> {
  const byId = new Map(update.sources.map((s) => [s.id, s]));
  const source = await db.source.findUniqueOrThrow({
    where: {
      id: pickSource(
        change.sourceIds.map((id) => byId.get(id)!),
        update.id,
      ),
    },
  });
  let target: Date | null = null;
  if (change.kind === "milestone_status" || change.kind === "milestone_move") {
    const row = await db.milestone.findUnique({
      where: { id: idOf(keys.milestone(update.program, change.milestone)) },
      select: { source: { select: { publishedOn: true } } },
    });
    target = row?.source.publishedOn ?? null;
  }
  return latest([day, source.publishedOn, target]);
}

describe.each(updates.map((u) => [u.id, u] as const))("%s", (id, update) => {
  const day = parseDateText(update.date)!.date;

  it("is absent the day before its date and present once known", async () => {
    const [before, on] = await Promise.all([viewOn(update, fromIsoDay(addDays(toIsoDay(day), -1))), viewOn(update, day)]);
    expect(before.announcements.map((a) => a.title)).not.toContain(update.headline.slice(0, 300));
    expect(on.announcements.map((a) => a.title)).toContain(update.headline.slice(0, 300));
    for (const [index, change] of update.changes.entries()) {
      const label = `${id} change ${index} (${change.kind})`;
      const after = await viewOn(update, await knownOn(update, change, day));
      const [was, is] = [shows(update, change, before), shows(update, change, after)];
      if (is === null) continue;
      expect({ label, before: was, after: is }).toEqual({ label, before: false, after: true });
    }
  });
});
