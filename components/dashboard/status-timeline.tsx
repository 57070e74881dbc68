// A program's status over time: each dated transition, what it went from and to, and who says so.
import { statusChangePrefix, statusWords } from "@/lib/dashboard/status-change";
import { DatedEntry } from "./dated-entry";
import type { StatusChangeDto } from "@/lib/schemas/api/program";

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
                {statusChangePrefix(change.fromStatus, change.status)}
                <strong>{statusWords(change.status)}</strong>
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
