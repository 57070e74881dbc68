// Valid input for the announcement actions on a fresh editing fixture. The action database has no
// exchange rates, so the new announcement's money is in US dollars (no conversion needed).
import { indiaMissionInput } from "../../factories/announcement-input";
import type { ActionExample } from "./editing";

export const announcementExamples: Record<string, ActionExample> = {
  "announcement.create": async ({ fixture }) => {
    const base = indiaMissionInput();
    return indiaMissionInput({
      program: { mode: "existing", id: fixture.program.id },
      fundingClaims: base.fundingClaims.map((claim) => ({ ...claim, amountText: "1.2 billion", currency: "USD" })),
      partners: [],
    });
  },
  "announcement.publish": async ({ db, fixture }) => {
    const draft = await db.announcement.create({
      data: { programId: fixture.program.id, sourceId: fixture.source.id, title: "A draft", announcedOn: new Date("2025-03-01") },
    });
    return { id: draft.id, version: String(draft.version) };
  },
  "announcement.unpublish": async ({ fixture }) => ({ id: fixture.announcement.id, version: String(fixture.announcement.version) }),
};
