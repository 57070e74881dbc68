// After an edit, refresh the public views that show it (invalidatePublicViews) and the editors'
// own pages. A source or organisation may appear on any program's page, so those refresh all.
import { revalidatePath } from "next/cache";
import type { Affects } from "@/lib/editing/outcome";
import { invalidatePublicViews } from "./invalidate";

export async function invalidateAfterEdit(affects: Affects): Promise<void> {
  if (affects === "all") {
    await invalidatePublicViews(null);
    revalidatePath("/programs/[slug]", "page");
  } else if (affects.programSlugs.length === 0) {
    await invalidatePublicViews(null);
  } else {
    for (const slug of affects.programSlugs) await invalidatePublicViews(slug);
  }
  revalidatePath("/admin", "layout");
}
