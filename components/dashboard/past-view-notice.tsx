import { toIsoDay } from "@/lib/core/dates";

const noticeLook = "mb-6 rounded border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-50";

type Props = { knownBy: Date | null; livePath: string; unreadable?: boolean };

/**
 * Says plainly that the page shows what was known on a past date, with a way back to today; or, for
 * a date in the address that cannot be shown (`unreadable`), that the page shows today's data. The
 * date is not repeated: the address is anyone's text.
 */
export function PastViewNotice({ knownBy, livePath, unreadable = false }: Props) {
  if (!knownBy) {
    if (!unreadable) return null;
    return (
      <p role="note" data-testid="unread-past-view" className={noticeLook}>
        The date in this address is not a past day written as YYYY-MM-DD, so this page shows today’s data. To see what was known on an
        earlier day, choose it under “Known on”.
      </p>
    );
  }
  const day = toIsoDay(knownBy);
  return (
    <p role="note" data-testid="past-view" className={noticeLook}>
      Past view: this page shows what was known on <time dateTime={day}>{day}</time>. Later claims, milestones and announcements are left
      out.{" "}
      <a href={livePath} className="underline">
        See today’s data
      </a>
      .
    </p>
  );
}
