import { z } from "zod";

// The oEmbed 1.0 "rich" response (https://oembed.com/ §2.3.4): the required fields are typed; the
// route may add optional ones (cache_age, thumbnails), so the object stays open.
export const oembedSchema = z
  .looseObject({
    type: z.literal("rich"),
    version: z.literal("1.0"),
    html: z.string().meta({ description: "The iframe snippet." }),
    width: z.number().int(),
    height: z.number().int(),
    title: z.string().optional(),
    provider_name: z.string().optional(),
    provider_url: z.string().optional(),
    cache_age: z.number().int().optional(),
  })
  .meta({ id: "OEmbed" });
