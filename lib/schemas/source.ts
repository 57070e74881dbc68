import { z } from "zod";
import { optionalHttpUrl, optionalIsoDate, optionalText, requiredText } from "./fields";
import { datePrecisions, sourceKinds, sourceReliabilities } from "@/lib/core/vocabulary";

export const sourceSchema = z
  .object({
    kind: z.enum(sourceKinds, { message: "Choose the kind of source." }),
    url: optionalHttpUrl,
    seedDocument: optionalText(200),
    title: requiredText(500),
    publisher: requiredText(300),
    publishedOn: optionalIsoDate,
    publishedPrecision: z.enum(datePrecisions).nullable().default(null),
    language: z
      .string()
      .trim()
      .regex(/^[a-z]{2}(-[A-Z]{2})?$/, "Use a language code such as en or fr.")
      .default("en"),
    reliability: z.enum(sourceReliabilities, { message: "Choose how reliable the source is." }),
    reliabilityNote: optionalText(300),
    editorNote: optionalText(5000),
  })
  .superRefine((source, ctx) => {
    if (source.url === null && source.seedDocument === null) {
      ctx.addIssue({ code: "custom", path: ["url"], message: "Give the web address, or name the document." });
    }
  });

export type SourceInput = z.infer<typeof sourceSchema>;
