// What a chart page needs to offer sharing: the site's origin (site-origin.ts) and today's date
// for pinned snippets. connection() keeps the page dynamic, which every chart page already is (it
// reads searchParams).
import type { Metadata } from "next";
import { connection } from "next/server";
import { oembedAlternates } from "./share-discovery";
import { siteOrigin } from "@/lib/security/site-origin";
import { todayIso } from "./share-variants";

export type ShareContext = { origin: string; today: string };

export async function shareContext(): Promise<ShareContext> {
  await connection();
  return { origin: siteOrigin(), today: todayIso() };
}

/** A chart page's metadata part: the oEmbed discovery link for that page's address. */
export async function oembedMetadata(pagePath: string, title: string): Promise<Pick<Metadata, "alternates">> {
  const { origin } = await shareContext();
  return { alternates: oembedAlternates(origin, pagePath, title) };
}
