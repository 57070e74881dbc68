import { z } from "zod";
import { optionalHttpUrl, optionalText, optionalUuid, requiredText, slug, uuid } from "./fields";
import { confidences, organizationKinds, participationRoles } from "@/lib/core/vocabulary";

export const organizationSchema = z.object({
  slug,
  name: requiredText(200),
  kind: z.enum(organizationKinds, { message: "Choose the kind of organisation." }),
  country: optionalText(100),
  website: optionalHttpUrl,
  notes: optionalText(5000),
  editorNote: optionalText(5000),
});

export const participationSchema = z.object({
  programId: uuid,
  organizationId: uuid,
  sourceId: uuid,
  announcementId: optionalUuid,
  role: z.enum(participationRoles, { message: "Choose the role." }),
  roleDetail: optionalText(1000),
  contribution: optionalText(1000),
  confidence: z.enum(confidences).default("verified"),
  notes: optionalText(5000),
  editorNote: optionalText(5000),
});

export type OrganizationInput = z.infer<typeof organizationSchema>;
export type ParticipationInput = z.infer<typeof participationSchema>;
