import Link from "next/link";
import type { ReactNode } from "react";

const sections = [
  ["/programs", "Programs"],
  ["/compare", "Compare"],
  ["/timeline", "Timeline"],
  ["/partners", "Partners"],
  ["/sources", "Sources"],
] as const;

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-slate-200 dark:border-slate-800">
        <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="font-semibold">Compute Atlas</Link>
          <ul className="flex flex-wrap gap-4 text-sm">
            {sections.map(([href, label]) => (
              <li key={href}><Link href={href} className="hover:underline">{label}</Link></li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">{children}</main>
    </>
  );
}
