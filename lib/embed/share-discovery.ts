// oEmbed discovery (oembed.com §4): every chart page names its oEmbed endpoint in a
// <link rel="alternate" type="application/json+oembed">, which Next writes from the page's
// metadata (alternates.types). The URL inside is the page's own absolute address.
import type { Metadata } from "next";

export const OEMBED_PATH = "/api/oembed";
export const OEMBED_LINK_TYPE = "application/json+oembed";

/** The endpoint's address for one page URL: `<origin>/api/oembed?url=<encoded page URL>&format=json`. */
export function oembedDiscoveryUrl(origin: string, pagePath: string): string {
  const query = new URLSearchParams({ url: origin + pagePath, format: "json" });
  return `${origin}${OEMBED_PATH}?${query.toString()}`;
}

export function oembedAlternates(origin: string, pagePath: string, title: string): NonNullable<Metadata["alternates"]> {
  return { types: { [OEMBED_LINK_TYPE]: [{ url: oembedDiscoveryUrl(origin, pagePath), title }] } };
}
