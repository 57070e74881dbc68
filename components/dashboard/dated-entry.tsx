import type { ReactNode } from "react";
import type { SourceDto } from "@/lib/schemas/api/common";
import { SourceCitation } from "./source-citation";

type Props = {
  id?: string;
  /** The day, YYYY-MM-DD, and how it is written. */
  on: string;
  label: string;
  /** What follows the date on its line. */
  after?: ReactNode;
  source: SourceDto;
  children: ReactNode;
  [data: `data-${string}`]: string;
};

/** One entry of a dated list (an announcement, a status change): its date line, what it says, then who says so. */
export function DatedEntry({ id, on, label, after, source, children, ...data }: Props) {
  return (
    <li id={id} className="border-l-4 border-slate-300 pl-3 dark:border-slate-600" {...data}>
      <p className="text-sm">
        <time dateTime={on} className="font-semibold">
          {label}
        </time>
        {after}
      </p>
      {children}
      <p className="text-sm">
        <SourceCitation source={source} />
      </p>
    </li>
  );
}
