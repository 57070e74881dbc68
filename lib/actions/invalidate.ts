// After a published change, refresh exactly what shows it: the program's own page, the
// cross-program views (overview, lists, compare, timeline, partners, sources), the API and the embeds.
// The default views of some public pages are cached (lib/cache/cached-view.ts); the rest render
// per request.
import { revalidatePath } from "next/cache";
import { cachedPath, cachedViews } from "@/lib/cache/cached-view-path";

// The ISR variants that next.config.ts rewrites default views to: revalidating "/" does not reach
// them, since Next caches them under their own address.
const cachedViewPaths = cachedViews.map(({ page }) => cachedPath(page));

function publicPathsShowing(programSlug: string | null): string[] {
  const shared = [...cachedViewPaths, "/", "/programs", "/compare", "/timeline", "/partners", "/sources", "/api/v1/programs", "/api/v1/compare"];
  return programSlug ? [...shared, `/programs/${programSlug}`] : shared;
}

export function invalidatePublicViews(programSlug: string | null): void {
  for (const path of publicPathsShowing(programSlug)) revalidatePath(path);
  // Partner pages take a slug (any partner may be in the change); the embed page takes its program
  // from the query, so every embed is refreshed.
  revalidatePath("/partners/[slug]", "page");
  revalidatePath("/embed", "layout");
}
