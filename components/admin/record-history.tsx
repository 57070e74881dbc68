import type { AuditEventDto } from "@/lib/data/audit";
import { AuditEventLine } from "./audit-event-line";
import { ChangeTable } from "./change-table";

/**
 * One record's history, newest first: who, when, what, and each changed field before → after.
 * Give it `historyOf(db, entityType, entityId)`; it only draws.
 */
export function RecordHistory({
  events,
  title = "History",
  headingLevel = 2,
}: {
  events: AuditEventDto[];
  title?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const id = `history-${events[0]?.entityId ?? "empty"}`;
  return (
    <section aria-labelledby={id} data-testid="record-history" className="mt-10">
      <Heading id={id} className="mb-3 text-lg font-semibold">
        {title}
      </Heading>
      {events.length === 0 ? (
        <p className="text-sm">No recorded changes.</p>
      ) : (
        <ol className="space-y-4">
          {events.map((event) => (
            <li key={event.id} className="border-l-2 border-slate-300 pl-3 dark:border-slate-700">
              <AuditEventLine event={event} />
              <ChangeTable changes={event.changes} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
