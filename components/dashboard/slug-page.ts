// The start every public page about one record named by its slug shares: read the slug and the day
// asked for (`?asOf=`) once, and load the record once per request, since its metadata and its page
// both need it.
import { notFound } from "next/navigation";
import { cache } from "react";
import { isSlug } from "@/lib/core/slug";
import { parseAsOf, type KnownBy } from "@/lib/dashboard/as-of";
import { first, type SearchParams } from "@/lib/dashboard/search-params";
import { prisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/prisma-client";

/** What Next hands a `[slug]` page and its `generateMetadata`. */
export type SlugPageProps = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

type SlugRequest = { slug: string; asOf: string | undefined; knownBy: KnownBy };

/**
 * The slug, the `asOf` parameter as given (the load's cache key) and the day it means. A slug no record
 * can have (a NUL, which PostgreSQL refuses in a query) is the page's 404 before anything is read.
 */
export async function slugRequest({ params, searchParams }: SlugPageProps): Promise<SlugRequest> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  if (!isSlug(slug)) notFound();
  const asOf = first(query.asOf);
  return { slug, asOf, knownBy: parseAsOf(asOf) };
}

/**
 * A page's record by slug, loaded once per request: `load` for a page that starts other loads beside
 * it, `read` for one that needs only the record (null: no such record that day).
 */
export function slugRecord<T>(loader: (db: PrismaClient, knownBy: KnownBy, slug: string) => Promise<T | null>) {
  const cached = cache((slug: string, asOf: string | undefined) => loader(prisma(), parseAsOf(asOf), slug));
  const load = (request: SlugRequest) => cached(request.slug, request.asOf);
  const read = async (props: SlugPageProps) => {
    const request = await slugRequest(props);
    return { ...request, record: await load(request) };
  };
  return { load, read };
}
