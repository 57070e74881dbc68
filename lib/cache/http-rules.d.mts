// Types of http-rules.mjs (plain JavaScript, shared with the front cache).
export function weakEtagOf(body: string | Uint8Array): string;
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean;
export function sortedQuery(searchParams: URLSearchParams): [string, string][];
export function pastViewDay(url: string, now?: Date): string | null;
