import type { ReactNode } from "react";

// The header and <main> are drawn by each page (components/dashboard/public-page.tsx): only a page
// can read ?asOf=, and the navigation keeps a past view.
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      {children}
    </>
  );
}
