// How a program's dated status change reads on its page.

/** A status as words: "under_construction" → "under construction". */
export const statusWords = (status: string) => status.replace(/_/g, " ");

/**
 * What comes before the new status: "announced → " for a change, "still " for a change to the
 * status the program already had (a dated confirmation, which "X → X" would misread as a change),
 * nothing for the first status.
 */
export function statusChangePrefix(fromStatus: string | null, status: string): string {
  if (fromStatus === status) return "still ";
  return fromStatus ? `${statusWords(fromStatus)} → ` : "";
}
