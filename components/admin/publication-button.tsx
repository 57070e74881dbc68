"use client";
// Publish a draft (or take a published announcement back to draft) at the version the editor saw;
// a stale version gets the conflict message instead of a silent overwrite.
import { useActionState } from "react";
import { publishAnnouncementFromForm, unpublishAnnouncementFromForm } from "@/lib/actions/announcements";

type Props = { id: string; version: number; state: "draft" | "published"; title: string };

export function PublicationButton({ id, version, state, title }: Props) {
  const [result, formAction, pending] = useActionState(
    state === "draft" ? publishAnnouncementFromForm : unpublishAnnouncementFromForm,
    null,
  );
  const message =
    result === null
      ? ""
      : result.status === "ok"
        ? result.data.publicationState === "published"
          ? "Published."
          : "Back to draft."
        : result.status === "invalid"
          ? (result.formError ?? "Not saved.")
          : result.message;
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${state === "draft" ? "Publish" : "Unpublish"} “${title}”`}
        className={
          state === "draft"
            ? "rounded bg-blue-800 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
            : "rounded border border-slate-600 px-3 py-1.5 text-sm disabled:opacity-60"
        }
      >
        {state === "draft" ? "Publish" : "Unpublish"}
      </button>
      <span
        aria-live="polite"
        className={result !== null && result.status !== "ok" ? "text-sm font-medium text-red-800 dark:text-red-300" : "text-sm"}
      >
        {message}
      </span>
    </form>
  );
}
