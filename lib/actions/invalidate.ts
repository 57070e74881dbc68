// After a published change, refresh exactly what shows it: the program's own page, the
// cross-program views (overview, lists, compare, timeline, partners, sources), the API and the embeds.
// Public pages, embeds, API answers and chart images are stored by the front cache
// (lib/cache/front-cache.mjs): all are dropped by one publication, on every instance when they
// share Redis. revalidatePath drops what Next itself keeps of a page.
import { revalidatePath } from "next/cache";
import { publishAnswers } from "@/lib/cache/answer-cache";

function publicPathsShowing(programSlug: string | null): string[] {
  const shared = ["/", "/programs", "/compare", "/timeline", "/partners", "/sources"];
  return programSlug ? [...shared, `/programs/${programSlug}`] : shared;
}

export async function invalidatePublicViews(programSlug: string | null): Promise<void> {
  for (const path of publicPathsShowing(programSlug)) revalidatePath(path);
  // Partner pages take a slug (any partner may be in the change).
  revalidatePath("/partners/[slug]", "page");
  // Awaited: the editor's next request, on any instance, must already miss the old answers.
  await publishAnswers();
}
