// A milestone's due dates in the order they were recorded, each with its source and reason: the
// first is the original, so slippage is plain to see.
import type { RevisionItem } from "@/lib/data/admin/edit-page";
import { toIsoDay } from "@/lib/core/dates";

export function RevisionList({ revisions }: { revisions: RevisionItem[] }) {
  if (revisions.length === 0) return <p>No due date has been recorded yet.</p>;
  return (
    <ol className="list-decimal pl-6" aria-label="Due dates, oldest first" data-testid="revisions">
      {revisions.map((revision, index) => (
        <li key={revision.id} className="py-1">
          <span className="font-medium">
            {index === 0 ? "First due" : "Moved to"} {revision.due}
          </span>
          {revision.reason && <> — {revision.reason}</>}
          <span className="block text-sm text-slate-600 dark:text-slate-300">
            Source: {revision.source} · recorded {toIsoDay(revision.recordedAt)}
          </span>
        </li>
      ))}
    </ol>
  );
}
