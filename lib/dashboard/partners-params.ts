// /partners filters in the URL: ?program=<slug>&kind=<organisation kind>&unconfirmed=show.
import { z } from "zod";
import { organizationKinds } from "@/lib/core/vocabulary";
import { optionalParam, programSlugParam, type SearchParams } from "./search-params";

const schema = z.object({
  program: programSlugParam,
  kind: optionalParam(z.enum(organizationKinds)),
  // Partnerships no source confirms are neither drawn nor counted unless asked for.
  unconfirmed: optionalParam(z.literal("show")),
});

export type PartnerFilters = z.infer<typeof schema>;

export function parsePartnerFilters(params: SearchParams): PartnerFilters {
  return schema.parse(params);
}

/** The query string of a /partners view: only the filters set, plus asOf in a past view. */
export function serializePartnerFilters(filters: PartnerFilters, asOf: string | null): string {
  const query = new URLSearchParams();
  for (const key of ["program", "kind", "unconfirmed"] as const) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  if (asOf) query.set("asOf", asOf);
  const text = query.toString();
  return text ? `?${text}` : "";
}
