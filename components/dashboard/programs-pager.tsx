import Link from "next/link";
import { serializeProgramFilters, type ProgramFilters } from "@/lib/dashboard/programs-params";

type Props = { filters: ProgramFilters; page: number; pages: number; asOf: string | null };

/** Previous / next links between server-rendered pages of the explorer; the URL holds the page. */
export function ProgramsPager({ filters, page, pages, asOf }: Props) {
  if (pages <= 1) return null;
  const href = (to: number) => `/programs${serializeProgramFilters({ ...filters, page: to }, asOf)}`;
  return (
    <nav aria-label="Pages of programs" className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link prefetch={false} href={href(page - 1)} className="underline" rel="prev">
          Previous page
        </Link>
      ) : null}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link prefetch={false} href={href(page + 1)} className="underline" rel="next">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
