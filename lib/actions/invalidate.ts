// After a published change, refresh exactly what shows it: the program's own page, the
// cross-program views (overview, lists, compare, timeline, partners, sources), the API and the embeds.
// Public pages, embeds, API answers and chart images are stored by the front cache
// (lib/cache/front-cache.mjs), on every instance when they share Redis. A publication drops every
// live answer, and every past view (?asOf=) of `affectedFrom` or later: the first day the change
// shows in a past view (lib/editing/affected-from.ts). A past view of an earlier day showed none of
// the rows it touched, so it stays. null (unknown) drops every past view too. revalidatePath drops
// what Next itself keeps of a page.
import { revalidatePath } from "next/cache";
import { publishAnswers } from "@/lib/cache/answer-cache";
import type { IsoDate } from "@/lib/core/dates";

function publicPathsShowing(programSlug: string | null): string[] {
  const shared = ["/", "/programs", "/compare", "/timeline", "/partners", "/sources"];
  return programSlug ? [...shared, `/programs/${programSlug}`] : shared;
}

export async function invalidatePublicViews(programSlug: string | null, affectedFrom: IsoDate | null): Promise<void> {
  for (const path of publicPathsShowing(programSlug)) revalidatePath(path);
  // Partner pages take a slug (any partner may be in the change).
  revalidatePath("/partners/[slug]", "page");
  // Awaited: the editor's next request, on any instance, must already miss the old answers.
  await publishAnswers(affectedFrom);
}
