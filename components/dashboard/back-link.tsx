import Link from "next/link";
import { withAsOf, type KnownBy } from "@/lib/dashboard/as-of";

/** A detail page's way back to its list (or parent), above its heading, staying in the same past view. */
export function BackLink({ path, label, knownBy }: { path: string; label: string; knownBy: KnownBy }) {
  return (
    <p className="text-sm">
      <Link prefetch={false} href={withAsOf(path, knownBy)} className="underline">
        {label}
      </Link>
    </p>
  );
}
