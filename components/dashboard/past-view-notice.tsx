import { toIsoDay } from "@/lib/core/dates";

/** Says plainly that the page shows what was known on a past date, with a way back to today. */
export function PastViewNotice({ knownBy, livePath }: { knownBy: Date | null; livePath: string }) {
  if (!knownBy) return null;
  const day = toIsoDay(knownBy);
  return (
    <p
      role="note"
      data-testid="past-view"
      className="mb-6 rounded border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-50"
    >
      Past view: this page shows what was known on <time dateTime={day}>{day}</time>. Later claims, milestones and announcements are left
      out.{" "}
      <a href={livePath} className="underline">
        See today’s data
      </a>
      .
    </p>
  );
}
