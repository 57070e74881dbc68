"use server";
// Form entry points for announcements. Each resolves the actor from the session itself and goes
// through its defineAction (authorise → validate → one transaction with audit); publishing then
// refreshes the public views that show the program.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import type { CreatedAnnouncement } from "@/lib/editing/create-announcement";
import type { PublicationChange } from "@/lib/editing/publish-announcement";
import { actionActor } from "@/lib/auth/action-guard";
import type { ActionResult } from "@/lib/core/action-result";
import { createAnnouncementAction, publishAnnouncementAction, unpublishAnnouncementAction } from "./definitions/announcements";
import { inputFromForm } from "./form-input";
import { invalidatePublicViews } from "./invalidate";

export async function createAnnouncementFromForm(
  _previous: ActionResult<CreatedAnnouncement> | null,
  formData: FormData,
): Promise<ActionResult<CreatedAnnouncement>> {
  const result = await createAnnouncementAction.invoke(actionActor(), inputFromForm(formData));
  if (result.status !== "ok") return result;
  if (result.data.publicationState === "published") await invalidatePublicViews(result.data.programSlug, result.data.affectedFrom);
  redirect(`/admin/announcements/${result.data.announcementId}?saved=${result.data.publicationState}`);
}

/** After a publication change: the public views of the program refresh, and so does the editor's own page (home or review). */
async function afterPublicationChange(result: ActionResult<PublicationChange>): Promise<ActionResult<PublicationChange>> {
  if (result.status !== "ok") return result;
  await invalidatePublicViews(result.data.programSlug, result.data.affectedFrom);
  refresh();
  return result;
}

export async function publishAnnouncementFromForm(
  _previous: ActionResult<PublicationChange> | null,
  formData: FormData,
): Promise<ActionResult<PublicationChange>> {
  return afterPublicationChange(await publishAnnouncementAction.invoke(actionActor(), inputFromForm(formData)));
}

export async function unpublishAnnouncementFromForm(
  _previous: ActionResult<PublicationChange> | null,
  formData: FormData,
): Promise<ActionResult<PublicationChange>> {
  return afterPublicationChange(await unpublishAnnouncementAction.invoke(actionActor(), inputFromForm(formData)));
}
