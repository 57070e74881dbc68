// Types of public-pages.mjs (plain JavaScript, read by next.config.ts and the front cache).
export const publicPageKeys: Record<string, string[]>;
export const publicPages: string[];
export const publicRouteKeys: { embeds: Record<string, string[]>; api: Record<string, string[]> };
export const pastViewsReadingLive: string[];
