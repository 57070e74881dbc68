import Link from "next/link";
import type { DraftAnnouncementDto } from "@/lib/data/admin/draft-announcements";
import { PublicationButton } from "./publication-button";

export function DraftList({ drafts }: { drafts: DraftAnnouncementDto[] }) {
  if (drafts.length === 0) return <p className="mt-2">No drafts waiting.</p>;
  return (
    <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800" aria-label="Draft announcements">
      {drafts.map((draft) => (
        <li key={draft.id} className="flex flex-wrap items-center justify-between gap-3 py-3" data-draft={draft.id}>
          <div>
            <Link href={`/admin/announcements/${draft.id}`} className="font-medium underline">
              {draft.title}
            </Link>
            <p className="text-sm text-slate-600 dark:text-slate-300">
              {draft.programName} · announced {draft.announcedOn} · {draft.figures}{" "}
              {draft.figures === 1 ? "figure or milestone" : "figures and milestones"}
            </p>
          </div>
          <PublicationButton id={draft.id} version={draft.version} state="draft" title={draft.title} />
        </li>
      ))}
    </ul>
  );
}
