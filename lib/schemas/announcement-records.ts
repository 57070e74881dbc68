// The source, program, milestones and partners of the guided announcement form, composed from the
// per-entity schemas: the same fields and messages, without the ids the write fills in.
import { z } from "zod";
import { withDerivedSlug } from "./derive-slug";
import { optionalIsoDate, optionalText, requiredText, uuid } from "./fields";
import { checkMilestone, milestoneSchema } from "./milestone";
import { organizationSchema, participationSchema } from "./participation";
import { programSchema } from "./program";
import { sourceSchema } from "./source";

function without<T extends object, K extends keyof T>(shape: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...shape };
  for (const key of keys) delete copy[key];
  return copy;
}

// An announcement's source is dated: the date picks the exchange-rate year of its figures.
export const announcementSourceSchema = sourceSchema.superRefine((source, ctx) => {
  if (source.publishedOn === null) ctx.addIssue({ code: "custom", path: ["publishedOn"], message: "Give the date of the source." });
});

export const announcementMetaSchema = z.object({
  title: requiredText(300),
  summary: optionalText(5000),
  // Blank: the source's date.
  announcedOn: optionalIsoDate,
});

// Only a new program's slug is derived from its name when left blank.
function deriveNewSlug(value: unknown): unknown {
  return typeof value === "object" && value !== null && (value as { mode?: unknown }).mode === "new" ? withDerivedSlug(value) : value;
}

export const announcementProgramSchema = z.preprocess(
  deriveNewSlug,
  z.discriminatedUnion(
    "mode",
    [
      z.object({ mode: z.literal("existing"), id: uuid }),
      z.object({
        ...without(programSchema.shape, "publicationState", "leadOrganizationId", "aliases", "announcedOn"),
        mode: z.literal("new"),
        // Blank: the announcement's date.
        announcedOn: optionalIsoDate,
      }),
    ],
    { message: "Pick a program or create one." },
  ),
);

export const milestoneTimings = ["date", "after"] as const;

export const announcementMilestoneSchema = z
  .object({
    ...without(milestoneSchema.shape, "programId", "sourceId", "announcementId"),
    // "date": due on a (partial) date; "after": N days after an anchor date, resolved by the write.
    timing: z.enum(milestoneTimings, { message: "Choose a date or a number of days after an event." }),
  })
  .superRefine((m, ctx) => {
    if (m.timing === "date" && m.dueOn === null) ctx.addIssue({ code: "custom", path: ["dueOn"], message: "Give the due date." });
    if (m.timing === "after") {
      if (m.relativeDays === null) ctx.addIssue({ code: "custom", path: ["relativeDays"], message: "Give the number of days." });
      if (m.anchorOn === null) ctx.addIssue({ code: "custom", path: ["anchorOn"], message: "Give the date the days are counted from." });
    }
    if (typeof m.status === "string") checkMilestone(m, ctx);
  })
  // The fields the form hides are dropped, not refused (the editor cannot see them to correct them): the other timing's,
  // and a completion date left from an earlier status, as the form asks for one only for a completed milestone
  // (the public pages print any milestone's completion date as "completed <date>").
  .transform((m) => {
    const completedOn = m.status === "completed" ? m.completedOn : null;
    return m.timing === "date"
      ? { ...m, completedOn, relativeDays: null, anchorOn: null, anchorLabel: null }
      : { ...m, completedOn, dueOn: null, duePrecision: "day" as const };
  });

export const announcementOrganizationSchema = z.preprocess(
  deriveNewSlug,
  z.discriminatedUnion(
    "mode",
    [z.object({ mode: z.literal("existing"), id: uuid }), organizationSchema.extend({ mode: z.literal("new") })],
    { message: "Pick an organisation or create one." },
  ),
);

export const announcementPartnerSchema = z.object({
  ...without(participationSchema.shape, "programId", "organizationId", "sourceId", "announcementId"),
  organization: announcementOrganizationSchema,
});

export type AnnouncementSourceInput = z.output<typeof announcementSourceSchema>;
export type AnnouncementProgramInput = z.output<typeof announcementProgramSchema>;
export type AnnouncementMilestoneInput = z.output<typeof announcementMilestoneSchema>;
export type AnnouncementPartnerInput = z.output<typeof announcementPartnerSchema>;
