// After an edit, refresh the public views that show it (invalidatePublicViews) and the editors'
// own pages. A source or organisation may appear on any program's page, so those refresh all, and
// every past view.
import { revalidatePath } from "next/cache";
import type { EditOutcome } from "@/lib/editing/outcome";
import { invalidatePublicViews } from "./invalidate";

export async function invalidateAfterEdit({ affects, affectedFrom }: Pick<EditOutcome, "affects" | "affectedFrom">): Promise<void> {
  if (affects === "all") {
    await invalidatePublicViews(null, null);
    revalidatePath("/programs/[slug]", "page");
  } else if (affects.programSlugs.length === 0) {
    await invalidatePublicViews(null, affectedFrom);
  } else {
    for (const slug of affects.programSlugs) await invalidatePublicViews(slug, affectedFrom);
  }
  revalidatePath("/admin", "layout");
}
