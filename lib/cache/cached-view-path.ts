// Where next.config.ts sends a page's default view (no Next imports: the config loads this file).
export const LIVE_VIEW = "live";

/** The cached address of a page: the rewrite's destination and what an edit revalidates. */
export const cachedPath = (page: string) => `/cached/${page}/${LIVE_VIEW}`;
