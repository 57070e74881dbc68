import { z } from "zod";
import { fundingKinds, programKinds, programStatuses } from "@/lib/core/vocabulary";
import { confidence, dayLabel, isoDay, moneySchema, sourceSchema } from "./common";

export const programSummarySchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    nameFr: z.string().nullable(),
    country: z.string(),
    region: z.string(),
    kind: z.enum(programKinds),
    status: z.enum(programStatuses),
    announcedOn: isoDay,
    summary: z.string(),
    headlineFunding: z
      .array(
        z
          .object({
            id: z.string(),
            label: z.string(),
            kind: z.enum(fundingKinds),
            confidence,
            asOf: isoDay.nullable(),
            asOfLabel: dayLabel.nullable(),
            money: moneySchema,
            source: sourceSchema,
          })
          .meta({ id: "HeadlineFunding" }),
      )
      .meta({ description: "The program's headline money claims, newest first." }),
  })
  .meta({ id: "ProgramSummary" });

export const programsCsvColumns = [
  "program_slug",
  "program",
  "country",
  "region",
  "kind",
  "status",
  "announced_on",
  "claim_id",
  "claim",
  "funding_kind",
  "confidence",
  "as_of",
  "figure",
  "usd",
  "usd_conversion",
  "source_title",
  "source_publisher",
  "source_url",
  "source_published",
] as const;
