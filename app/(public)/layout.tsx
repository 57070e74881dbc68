import type { ReactNode } from "react";

// The header and <main> are drawn by each page (components/dashboard/public-page.tsx): only a page
// can read ?asOf=, and the navigation keeps a past view.
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className={
          "sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white " +
          "focus:p-2 focus:text-slate-900 focus:underline"
        }
      >
        Skip to content
      </a>
      {children}
    </>
  );
}
