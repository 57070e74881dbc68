// Types of public-pages.mjs (plain JavaScript, read by next.config.ts and the front cache).
export const publicPages: string[];
