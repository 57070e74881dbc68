import { z } from "zod";

// The oEmbed 1.0 "rich" response (https://oembed.com/ §2.3.4) as we send it; a consumer may meet
// other providers' optional fields (thumbnails), so the object stays open.
export const oembedResponseSchema = z
  .looseObject({
    type: z.literal("rich"),
    version: z.literal("1.0"),
    html: z.string().meta({ description: "The iframe snippet." }),
    width: z.number().int(),
    height: z.number().int(),
    title: z.string(),
    provider_name: z.string(),
    provider_url: z.string(),
    cache_age: z.number().int(),
  })
  .meta({ id: "OEmbed" });

export type OembedResponse = z.infer<typeof oembedResponseSchema>;
