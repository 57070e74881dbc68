import Link from "next/link";
import type { AuditEventDto } from "@/lib/data/audit";
import { AuditEventLine } from "./audit-event-line";

/** The latest few changes on the editors' desk; /admin/activity has them all, field by field. */
export function RecentChanges({ events }: { events: AuditEventDto[] }) {
  return (
    <>
      {events.length === 0 ? (
        <p className="mt-2">No changes yet.</p>
      ) : (
        <ol className="mt-2 space-y-2" aria-label="Recent changes">
          {events.map((event) => (
            <li key={event.id}>
              <AuditEventLine event={event} />
              <p className="text-sm">
                <span className="font-medium">{event.entityType}</span>{" "}
                {event.entityLabel ?? <span className="font-mono text-xs">{event.entityId}</span>}
              </p>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-3 text-sm">
        <Link href="/admin/activity" className="underline">
          All changes
        </Link>
      </p>
    </>
  );
}
