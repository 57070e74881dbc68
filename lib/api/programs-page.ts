// Paging of /api/v1/programs (JSON): `limit` programs at a time (100 unless asked, at most 500), in
// the list's order (announced, then slug); each page names the next one by a cursor, the last
// program it holds, in its `next` link and in an RFC 8288 `Link` header. A cursor is a position, not
// an offset, so programs published or removed between two requests never repeat or skip another.
// The CSV is not paged: it is one file, the whole list.
import { PROGRAMS_PAGE_SIZE } from "@/lib/schemas/api/query";
import type { ProgramSummaryDto } from "@/lib/schemas/api/programs";
import { siteOrigin } from "@/lib/security/site-origin";

type Paging = { limit?: string | undefined; cursor?: string | undefined };
// The parameters a next link keeps (any other is ignored by the endpoint, so it is dropped).
const kept = ["asOf", "format", "limit"];

/** What to load for one page: one program more than the page holds, to tell whether another follows. */
export function programsSlice({ limit, cursor }: Paging): { after: { announcedOn: string; slug: string } | null; take: number } {
  // programsQuery has checked the cursor's shape: YYYY-MM-DD.slug.
  const after = cursor ? { announcedOn: cursor.slice(0, 10), slug: cursor.slice(11) } : null;
  return { after, take: Number(limit ?? PROGRAMS_PAGE_SIZE) + 1 };
}

/** The page's programs and the address of the next page (on the configured origin), or null on the last. */
export function programsPage(
  request: Request,
  loaded: ProgramSummaryDto[],
  take: number,
): { data: ProgramSummaryDto[]; next: string | null } {
  const data = loaded.slice(0, take - 1);
  const last = data.at(-1);
  if (loaded.length < take || !last) return { data, next: null };
  const asked = new URL(request.url);
  const next = new URL(asked.pathname, siteOrigin());
  for (const [name, value] of asked.searchParams) if (kept.includes(name)) next.searchParams.append(name, value);
  next.searchParams.set("cursor", `${last.announcedOn}.${last.slug}`);
  return { data, next: next.toString() };
}
