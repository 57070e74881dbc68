import Link from "next/link";
import type { ReactNode } from "react";
import { withAsOf } from "@/lib/dashboard/as-of";
import type { KnownBy } from "@/lib/dashboard/as-of";

const sections = [
  ["/programs", "Programs"],
  ["/compare", "Compare"],
  ["/timeline", "Timeline"],
  ["/map", "Map"],
  ["/partners", "Partners"],
  ["/sources", "Sources"],
  ["/developers", "API"],
] as const;

/** The site's navigation; in a past view every link stays in it (?asOf=). `children`: controls at its end. */
export function SiteHeader({ knownBy, children }: { knownBy: KnownBy; children?: ReactNode }) {
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={withAsOf("/", knownBy)} className="font-semibold">
          Compute Atlas
        </Link>
        <ul className="flex flex-wrap gap-4 text-sm">
          {sections.map(([href, label]) => (
            <li key={href}>
              <Link href={withAsOf(href, knownBy)} className="hover:underline">
                {label}
              </Link>
            </li>
          ))}
        </ul>
        {children && <div className="ml-auto">{children}</div>}
      </nav>
    </header>
  );
}
