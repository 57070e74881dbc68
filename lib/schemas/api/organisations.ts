import { z } from "zod";
import { organizationKinds } from "@/lib/core/vocabulary";

export const organisationResponseSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    kind: z.enum(organizationKinds),
    country: z.string().nullable(),
    path: z.string().meta({ description: "The organisation's page on this site.", example: "/partners/openai" }),
    programs: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        roles: z.array(z.string()).meta({ description: 'Its roles in that program, in words ("equity partner", "MOU signatory").' }),
      }),
    ),
  })
  .meta({ id: "Organisation", description: "An organisation that takes part in at least one program a reader may see." });

export type OrganisationDto = z.infer<typeof organisationResponseSchema>;
