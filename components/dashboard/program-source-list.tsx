import Link from "next/link";
import { withAsOf, type KnownBy } from "@/lib/dashboard/as-of";

/**
 * A program page's sources: their count and a link to their list on /sources. Every figure, milestone,
 * partner and announcement on the page cites its own source beside it, so the full list (with what each
 * source backs) is one click away instead of a few thousand words at the end of an already long page.
 */
export function ProgramSourceList({
  count,
  program,
  knownBy,
}: {
  count: number;
  program: { slug: string; name: string };
  knownBy: KnownBy;
}) {
  return (
    <section aria-labelledby="sources" className="mt-10">
      <h2 id="sources" className="text-xl font-bold">
        Sources ({count})
      </h2>
      <p className="mt-2 max-w-prose text-sm">
        Each figure, milestone, partner and announcement above cites its source beside it.{" "}
        {count > 0 && (
          <Link prefetch={false} href={withAsOf(`/sources?program=${program.slug}`, knownBy)} className="underline">
            All {count} sources of {program.name}, with what each backs
          </Link>
        )}
      </p>
    </section>
  );
}
