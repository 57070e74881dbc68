// After a published change, refresh exactly what shows it: the program's own page, the
// cross-program views (overview, lists, compare, timeline, partners, sources), the API and the embeds.
// The default views of some public pages are cached (lib/cache/cached-view.ts); the rest render
// per request. The API, chart images and embeds are cached answers (lib/cache/cached-answer.ts),
// all dropped by one publication, on every instance when they share Redis.
import { revalidatePath } from "next/cache";
import { publishAnswers } from "@/lib/cache/answer-cache";
import { cachedPath, cachedViews } from "@/lib/cache/cached-view-path";

// The ISR variants that next.config.ts rewrites default views to: revalidating "/" does not reach
// them, since Next caches them under their own address.
const cachedViewPaths = cachedViews.map(({ page }) => cachedPath(page));

function publicPathsShowing(programSlug: string | null): string[] {
  const shared = [...cachedViewPaths, "/", "/programs", "/compare", "/timeline", "/partners", "/sources"];
  return programSlug ? [...shared, `/programs/${programSlug}`] : shared;
}

export async function invalidatePublicViews(programSlug: string | null): Promise<void> {
  for (const path of publicPathsShowing(programSlug)) revalidatePath(path);
  // Partner pages take a slug (any partner may be in the change).
  revalidatePath("/partners/[slug]", "page");
  // Awaited: the editor's next request, on any instance, must already miss the old answers.
  await publishAnswers();
}
