// The dated updates as seed rows: every update becomes an announcement on its date, every change
// a row tied to it or an edit of an existing row, none skipped; editors' words stay out.
import { describe, expect, it } from "vitest";
import { buildSeedPlan } from "@/lib/seed/build-rows";
import { toIsoDay } from "@/lib/core/dates";
import { idOf } from "@/lib/seed/keys";
import { programStatusOf, readerText } from "@/lib/seed/update-rows";
import { input } from "./seed-rows";

const plan = buildSeedPlan(input);
const updates = input.updates ?? [];

describe("the dated updates", () => {
  it("are all read, and none is skipped", () => {
    expect(updates).toHaveLength(24);
    expect(plan.skipped).toEqual([]);
  });

  it.each(updates.map((u) => [u.id, u]))("%s is an announcement of its own date, and every change lands", (id, update) => {
    const announcementId = idOf(`announcement:update:${id}`);
    const announcement = plan.rows.announcements.find((a) => a.id === announcementId);
    expect(announcement && toIsoDay(announcement.announcedOn)).toBe(update.date.length === 7 ? `${update.date}-01` : update.date);
    const tied = [
      ...plan.rows.fundingClaims,
      ...plan.rows.capacityClaims,
      ...plan.rows.milestones,
      ...plan.rows.milestoneRevisions,
      ...plan.rows.participations,
      ...plan.rows.statusChanges,
    ].filter((row) => row.announcementId === announcementId).length;
    const edits = plan.edits.filter((e) => e.update === id).length;
    // Each change is a row tied to the announcement, an edit, or both (a move, a status change).
    const expected = update.changes.filter((c) => !["milestone_status", "partner_left"].includes(c.kind)).length;
    expect(tied).toBeGreaterThanOrEqual(expected);
    expect(tied + edits).toBeGreaterThanOrEqual(update.changes.length);
  });

  it("keeps editors' instructions and research notes out of reader text", () => {
    expect(readerText("Site re-awarded. Record the successor separately; do not carry it over.")).toBe("Site re-awarded.");
    expect(readerText("Fluidstack withdrew. No statement from Fluidstack was found.")).toBe("Fluidstack withdrew.");
    expect(readerText("Late against the goal (the programs.json due date is 2025-12-31). It rose from 2.8% to 72.7%.")).toBe(
      "Late against the goal. It rose from 2.8% to 72.7%.",
    );
    const texts = [
      ...plan.rows.statusChanges.map((s) => s.detail),
      ...plan.rows.announcements.map((a) => a.summary),
      ...plan.edits.map((e) => e.data.statusDetail),
    ].join("\n");
    expect(texts).not.toMatch(/programs\.json|Do not|Record the/);
  });

  it("reads a status in words against the status before it", () => {
    expect(programStatusOf("cancelled", "announced")).toBe("cancelled");
    expect(programStatusOf("in progress", "under_construction")).toBe("under_construction");
    expect(programStatusOf("advocacy campaign; unfunded", "proposed")).toBe("proposed");
  });
});
