import { z } from "zod";
import { isoDate, optionalHttpUrl, optionalIsoDate, optionalText, optionalUuid, requiredText, slug } from "./fields";
import { programKinds, programStatuses, publicationStates } from "@/lib/core/vocabulary";

export const programSchema = z.object({
  slug,
  name: requiredText(200),
  nameFr: optionalText(200),
  aliases: z.array(requiredText(200)).max(20, "At most 20 other names.").default([]),
  country: requiredText(100),
  region: requiredText(100),
  leadOrganizationId: optionalUuid,
  leadDescription: optionalText(1000),
  kind: z.enum(programKinds, { message: "Choose public, private or public–private." }),
  status: z.enum(programStatuses, { message: "Choose a status." }),
  statusDetail: optionalText(5000),
  editorNote: optionalText(5000),
  statusAsOf: optionalIsoDate,
  announcedOn: isoDate,
  summary: requiredText(5000),
  website: optionalHttpUrl,
  publicationState: z.enum(publicationStates).default("draft"),
});

export type ProgramInput = z.infer<typeof programSchema>;
