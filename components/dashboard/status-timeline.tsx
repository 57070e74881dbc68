// A program's status over time: each dated transition, what it went from and to, and who says so.
import { DatedEntry } from "./dated-entry";
import type { StatusChangeDto } from "@/lib/schemas/api/program";

const words = (status: string) => status.replace(/_/g, " ");

/** What the status went from: a change to the status it already had confirms it ("still …"). */
function statusChange({ fromStatus, status }: StatusChangeDto): string {
  if (fromStatus === status) return "still ";
  return fromStatus ? `${words(fromStatus)} → ` : "";
}

export function StatusTimeline({ changes, programName }: { changes: StatusChangeDto[]; programName: string }) {
  if (changes.length === 0) return null;
  return (
    <section aria-labelledby="status-history" className="mt-8">
      <h2 id="status-history" className="text-xl font-bold">
        Status history
      </h2>
      <ol className="mt-4 grid gap-3" aria-label={`Status changes of ${programName}, oldest first`}>
        {changes.map((change) => (
          <DatedEntry
            key={change.id}
            on={change.on}
            label={change.label}
            after={
              <>
                {" · "}
                {statusChange(change)}
                <strong>{words(change.status)}</strong>
              </>
            }
            source={change.source}
            data-status-change={change.id}
          >
            {change.detail && <p>{change.detail}</p>}
          </DatedEntry>
        ))}
      </ol>
    </section>
  );
}
