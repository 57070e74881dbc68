// Which public pages have a cached default view, and where it lives (no Next imports: next.config.ts
// loads this file). next.config.ts rewrites each page's default view there; an edit revalidates it.
export const LIVE_VIEW = "live";

/** The cached address of a page: the rewrite's destination and what an edit revalidates. */
export const cachedPath = (page: string) => `/cached/${page}/${LIVE_VIEW}`;

/**
 * The pages, each with every query key it reads: a request carrying any of them renders per
 * request, so a key missing here would answer that view with the default page.
 */
export const cachedViews = [
  { page: "overview", source: "/", queryKeys: ["asOf"] },
  {
    page: "compare",
    source: "/compare",
    queryKeys: ["program", "metric", "currency", "scale", "claims", "funding", "capacity", "unverified", "view", "asOf"],
  },
] as const;
