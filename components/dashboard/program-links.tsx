import Link from "next/link";
import { withAsOf, type KnownBy } from "@/lib/dashboard/as-of";

/** Programs as links to their pages on the view's day, separated by commas. */
export function ProgramLinks({ programs, knownBy }: { programs: readonly { slug: string; name: string }[]; knownBy: KnownBy }) {
  return programs.map((p, i) => (
    <span key={p.slug}>
      {i > 0 && ", "}
      <Link prefetch={false} href={withAsOf(`/programs/${p.slug}`, knownBy)} className="underline">
        {p.name}
      </Link>
    </span>
  ));
}
