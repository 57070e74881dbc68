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
] as const;

// The API guide is linked from the footer (SiteFooter), not here: every header link is one more Tab
// press before a page's first control, and on /compare its first chart option must stay within ten.

/** The site's navigation; in a past view every link stays in it (?asOf=). `children`: controls at its end. */
export function SiteHeader({ knownBy, children }: { knownBy: KnownBy; children?: ReactNode }) {
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <a href={withAsOf("/", knownBy)} className="font-semibold">
          Compute Atlas
        </a>
        <ul className="flex flex-wrap gap-4 text-sm">
          {sections.map(([href, label]) => (
            <li key={href}>
              <a href={withAsOf(href, knownBy)} className="hover:underline">
                {label}
              </a>
            </li>
          ))}
        </ul>
        {children && <div className="ml-auto">{children}</div>}
      </nav>
    </header>
  );
}

/** The site's footer: what developers and re-users need, in the same past view. */
export function SiteFooter({ knownBy }: { knownBy: KnownBy }) {
  return (
    <footer className="mx-auto max-w-5xl border-t border-slate-200 px-4 py-4 text-sm dark:border-slate-800">
      <nav aria-label="More">
        <a href={withAsOf("/developers", knownBy)} className="underline">
          API
        </a>
        {" · the data behind every chart, as JSON and CSV, with its sources"}
      </nav>
    </footer>
  );
}
