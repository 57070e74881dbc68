import Link from "next/link";
import type { RecentChangeDto } from "@/lib/data/editor-home";

const actionWords: Record<string, string> = {
  create: "created", update: "edited", delete: "deleted", restore: "restored", hard_delete: "deleted for good",
  publish: "published", unpublish: "unpublished", supersede: "corrected", reschedule: "rescheduled",
};

function entityWords(entityType: string): string {
  return entityType.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

export function RecentChanges({ changes }: { changes: RecentChangeDto[] }) {
  return (
    <>
      {changes.length === 0 ? (
        <p className="mt-2">No changes yet.</p>
      ) : (
        <ol className="mt-2 space-y-1 text-sm" aria-label="Recent changes">
          {changes.map((change) => (
            <li key={change.id}>
              <time dateTime={change.occurredAt}>{change.occurredAt.slice(0, 16).replace("T", " ")} UTC</time>{" "}
              · {change.actor} {actionWords[change.action] ?? change.action} {entityWords(change.entityType)}
              {change.subject ? <> “{change.subject}”</> : null}
            </li>
          ))}
        </ol>
      )}
      <p className="mt-3 text-sm"><Link href="/admin/activity" className="underline">All changes</Link></p>
    </>
  );
}
