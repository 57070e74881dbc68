import { serializeProgramFilters, type ProgramFilters } from "@/lib/dashboard/programs-params";
import { Pager } from "./pager";

type Props = { filters: ProgramFilters; page: number; pages: number; asOf: string | null };

/** The explorer's pages; the URL holds the page with the filters. */
export function ProgramsPager({ filters, page, pages, asOf }: Props) {
  return (
    <Pager
      label="Pages of programs"
      page={page}
      pages={pages}
      href={(to) => `/programs${serializeProgramFilters({ ...filters, page: to }, asOf)}`}
    />
  );
}
