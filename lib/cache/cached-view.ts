// The cached (ISR) variants of the public pages: next.config.ts rewrites a page's default address
// (no query parameter that changes what it shows) to /cached/<page>/live, rendered once, kept in
// Next's cache, and refreshed by the edit path (lib/actions/invalidate.ts) or after an hour
// (overdue and upcoming milestones depend on today's date). Views with parameters render per request.
import { notFound } from "next/navigation";
import { LIVE_VIEW } from "./cached-view-path";

/** Only the one address the rewrite uses: any other segment would add an entry to the cache. */
export async function assertLiveView(params: Promise<{ view: string }>): Promise<void> {
  if ((await params).view !== LIVE_VIEW) notFound();
}

/** What a page sees as its query in the cached variant: none. */
export const noQuery = (): Promise<Record<string, string | string[] | undefined>> => Promise.resolve({});
