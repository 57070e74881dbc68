// After a published change, refresh exactly what shows it: the program's own page and embeds, and
// the cross-program views (overview, lists, compare, timeline, partners, sources) and the API.
// Public pages render per request today; this keeps them right once rendered output is cached.
import { revalidatePath } from "next/cache";

export function publicPathsShowing(programSlug: string | null): string[] {
  const shared = ["/", "/programs", "/compare", "/timeline", "/partners", "/sources", "/api/v1/programs", "/api/v1/compare"];
  if (!programSlug) return shared;
  return [...shared, `/programs/${programSlug}`, `/embed/program/${programSlug}`];
}

export function invalidatePublicViews(programSlug: string | null): void {
  for (const path of publicPathsShowing(programSlug)) revalidatePath(path);
  // Partner pages and embeds take parameters: revalidate their route segments as layouts.
  revalidatePath("/partners/[slug]", "page");
  revalidatePath("/embed", "layout");
}
