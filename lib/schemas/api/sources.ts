import { z } from "zod";
import { sourceKinds, sourceReliabilities } from "@/lib/core/vocabulary";
import { dayLabel, isoDay, programRef } from "./common";

// `path`: where the backed record is shown (a program page anchor or an organisation's page).
const backedItem = z
  .object({
    id: z.string(),
    label: z.string(),
    program: programRef,
    path: z.string().meta({ description: "Where the record is shown on this site." }),
  })
  .meta({ id: "BackedItem" });

export const sourceEntryResponseSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: z.string(),
    kind: z.enum(sourceKinds),
    url: z.string().nullable(),
    publishedOn: isoDay.nullable(),
    publishedLabel: dayLabel.nullable(),
    reliability: z.enum(sourceReliabilities),
    reliabilityNote: z.string().nullable(),
    language: z.string(),
    funding: z.array(backedItem),
    capacity: z.array(backedItem),
    milestones: z.array(backedItem),
    announcements: z.array(backedItem),
    partners: z.array(backedItem),
    revisions: z.array(backedItem).meta({ description: "Milestone due-date changes it backs." }),
    exchangeRates: z.array(z.object({ currency: z.string(), year: z.number().int() })),
    programs: z.array(programRef),
  })
  .meta({ id: "SourceEntry", description: "A source with everything it backs that a reader may see." });

export type BackedItem = z.infer<typeof backedItem>;
export type SourceEntryDto = z.infer<typeof sourceEntryResponseSchema>;
