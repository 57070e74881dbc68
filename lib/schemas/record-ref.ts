// What every edit of an existing record carries: which record, and the version the editor loaded
// (optimistic concurrency: a save against a newer version is a conflict, never an overwrite).
import { z } from "zod";
import { uuid } from "./fields";

const missingVersion = "Reload the page: the form is missing the record's version.";

// Forms send the version as text; anything but a plain positive integer is refused, never coerced.
export const recordVersion = z.preprocess(
  (v) => (typeof v === "string" && /^\s*\d{1,10}\s*$/.test(v) ? Number(v) : v),
  z.number({ message: missingVersion }).int(missingVersion).min(1, missingVersion).max(2_147_483_647, missingVersion),
);

export const recordRef = { id: uuid, version: recordVersion };

// Records with a deletedAt column: each can be deleted softly, restored, and hard-deleted by an admin.
export const deletableEntities = [
  "Program",
  "FundingClaim",
  "CapacityClaim",
  "Milestone",
  "Participation",
  "Organization",
  "Source",
  "Announcement",
  "ProgramStatusChange",
] as const;
export type DeletableEntity = (typeof deletableEntities)[number];

export const recordActionSchema = z.object({
  entityType: z.enum(deletableEntities, { message: "Unknown kind of record." }),
  ...recordRef,
});

export type RecordActionInput = z.infer<typeof recordActionSchema>;
