// A correction or a move cites a source on file, or one the editor types on the spot ("new" in the
// source select), and optionally an announcement, on file or new: no detour through a whole new
// announcement. The typed source is read by the guided announcement form's own source schema.
import { z } from "zod";
import { announcementMetaSchema } from "./announcement-records";
import { blankToNull, httpUrl, isoDate, uuid } from "./fields";
import { sourceSchema } from "./source";

/** The value of a source or announcement select that means "the one typed below". */
export const newRecord = "new";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

// The source schema, with the date (which the guided form also requires) and the web address (the
// only way to name it here) checked as fields, so every missing one is reported at once.
export const newSourceSchema = sourceSchema.safeExtend({
  url: z.string({ message: "Give the web address." }).trim().min(1, "Give the web address.").pipe(httpUrl),
  publishedOn: z.preprocess(blankToNull, isoDate.nullable()).refine((day) => day !== null, "Give the date of the source."),
});

export const newAnnouncementSchema = announcementMetaSchema.pick({ title: true, announcedOn: true });

export const inlineProvenanceFields = {
  sourceId: z.union([z.literal(newRecord), uuid], { message: "Choose a source, or a new one." }),
  announcementId: z.preprocess(blankToNull, z.union([z.literal(newRecord), uuid], { message: "Choose an announcement." }).nullable()),
  newSource: newSourceSchema.optional(),
  newAnnouncement: newAnnouncementSchema.optional(),
};

/**
 * Runs before the schema: a typed source or announcement is kept (and must be complete) only when
 * its select says "new"; otherwise whatever was typed is ignored, never validated or stored.
 */
export function keepChosenProvenance(input: unknown): unknown {
  if (!isRecord(input)) return input;
  const { newSource, newAnnouncement, ...rest } = input;
  return {
    ...rest,
    ...(rest.sourceId === newRecord && { newSource: newSource ?? {} }),
    ...(rest.announcementId === newRecord && { newAnnouncement: newAnnouncement ?? {} }),
  };
}

export type NewSourceInput = z.output<typeof newSourceSchema>;
export type NewAnnouncementInput = z.output<typeof newAnnouncementSchema>;

/** What a correction or move cites, as its schema outputs it. */
export type InlineProvenance = {
  sourceId: string;
  announcementId: string | null;
  newSource?: NewSourceInput;
  newAnnouncement?: NewAnnouncementInput;
};
