import type { AuditEventDto } from "@/lib/data/audit";

const actionText: Record<string, string> = {
  create: "created",
  update: "changed",
  delete: "deleted",
  restore: "restored",
  hard_delete: "deleted for good",
  publish: "published",
  unpublish: "unpublished",
  supersede: "superseded",
  reschedule: "rescheduled",
};

export function auditTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** "2026-11-21 06:30 UTC · Ada (ada@example.org) changed" */
export function AuditEventLine({ event }: { event: AuditEventDto }) {
  return (
    <p className="text-sm">
      <time dateTime={event.occurredAt}>{auditTime(event.occurredAt)}</time>
      {" · "}
      <span className="font-medium">{event.who}</span> {actionText[event.action] ?? event.action}
    </p>
  );
}
