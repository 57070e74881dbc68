// What a chart page needs to offer sharing: the site's origin (from the request, see
// site-origin.ts) and today's date for pinned snippets. Calling headers() keeps the page dynamic,
// which every chart page already is (it reads searchParams).
import type { Metadata } from "next";
import { headers } from "next/headers";
import { oembedAlternates } from "./share-discovery";
import { siteOriginOf } from "@/lib/security/site-origin";
import { todayIso } from "./share-variants";

export type ShareContext = { origin: string; today: string };

export async function shareContext(): Promise<ShareContext> {
  return { origin: siteOriginOf(await headers()), today: todayIso() };
}

/** A chart page's metadata part: the oEmbed discovery link for that page's address. */
export async function oembedMetadata(pagePath: string, title: string): Promise<Pick<Metadata, "alternates">> {
  const { origin } = await shareContext();
  return { alternates: oembedAlternates(origin, pagePath, title) };
}
