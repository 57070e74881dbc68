// After a published change, refresh exactly what shows it: the program's own page, the
// cross-program views (overview, lists, compare, timeline, partners, sources), the API and the embeds.
// Public pages render per request today; this keeps them right once rendered output is cached.
import { revalidatePath } from "next/cache";

function publicPathsShowing(programSlug: string | null): string[] {
  const shared = ["/", "/programs", "/compare", "/timeline", "/partners", "/sources", "/api/v1/programs", "/api/v1/compare"];
  return programSlug ? [...shared, `/programs/${programSlug}`] : shared;
}

export function invalidatePublicViews(programSlug: string | null): void {
  for (const path of publicPathsShowing(programSlug)) revalidatePath(path);
  // Partner pages take a slug (any partner may be in the change); the embed page takes its program
  // from the query, so every embed is refreshed.
  revalidatePath("/partners/[slug]", "page");
  revalidatePath("/embed", "layout");
}
