import type { ReactNode } from "react";

/**
 * A wide table scrolls sideways inside its own box on a phone instead of widening the page. The box
 * is focusable so keyboard users can scroll it too.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={
        "relative mt-4 overflow-x-auto rounded border border-slate-200 focus:outline-2 " +
        "focus:outline-offset-2 focus:outline-blue-700 dark:border-slate-800"
      }
    >
      {children}
    </div>
  );
}

export const thClass =
  "border-b border-slate-200 bg-slate-50 px-3 py-2 text-left align-bottom font-semibold dark:border-slate-800 dark:bg-slate-900";
export const tdClass = "border-b border-slate-100 px-3 py-2 align-top dark:border-slate-800";

/** A table's column headings, in order; a `false` one is left out. */
export function ColumnHeadings({ headings, className = thClass }: { headings: readonly (string | false)[]; className?: string }) {
  return headings.flatMap((heading) =>
    heading === false
      ? []
      : [
          <th key={heading} scope="col" className={className}>
            {heading}
          </th>,
        ],
  );
}
