// What every claim carries besides its value: where it comes from, when, how sure, and how it
// relates to other claims. Funding and capacity claims share these fields exactly.
import { z } from "zod";
import { checkbox, optionalIsoDate, optionalText, optionalUuid, requiredText, uuid } from "./fields";
import { claimScopes, confidences, datePrecisions, valueShapes } from "@/lib/core/vocabulary";

export const claimFields = {
  programId: uuid,
  sourceId: uuid,
  announcementId: optionalUuid,
  label: requiredText(300),
  shape: z.enum(valueShapes, { message: "Choose how the figure was stated." }),
  asOf: optionalIsoDate,
  asOfPrecision: z.enum(datePrecisions).default("day"),
  scope: optionalText(300),
  quote: optionalText(5000),
  confidence: z.enum(confidences, { message: "Choose how sure this figure is." }),
  confidenceNote: optionalText(500),
  notes: optionalText(5000),
  editorNote: optionalText(5000),
  claimScope: z.enum(claimScopes, { message: "Choose whose figure this is." }).default("own"),
  withdrawnOn: optionalIsoDate,
  withdrawnNote: optionalText(2000),
  isHeadline: checkbox,
  parentId: optionalUuid,
  supersedesId: optionalUuid,
};
