// A program's status over time: each dated transition, what it went from and to, and who says so.
import { SourceCitation } from "./source-citation";
import type { StatusChangeDto } from "@/lib/schemas/api/program";

const words = (status: string) => status.replace(/_/g, " ");

export function StatusTimeline({ changes, programName }: { changes: StatusChangeDto[]; programName: string }) {
  if (changes.length === 0) return null;
  return (
    <section aria-labelledby="status-history" className="mt-8">
      <h2 id="status-history" className="text-xl font-bold">
        Status history
      </h2>
      <ol className="mt-4 grid gap-3" aria-label={`Status changes of ${programName}, oldest first`}>
        {changes.map((change) => (
          <li key={change.id} className="border-l-4 border-slate-300 pl-3 dark:border-slate-600" data-status-change={change.id}>
            <p className="text-sm">
              <time dateTime={change.on} className="font-semibold">
                {change.label}
              </time>
              {" · "}
              {change.fromStatus ? `${words(change.fromStatus)} → ` : ""}
              <strong>{words(change.status)}</strong>
            </p>
            {change.detail && <p>{change.detail}</p>}
            <p className="text-sm">
              <SourceCitation source={change.source} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
