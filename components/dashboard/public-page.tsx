import type { ReactNode } from "react";
import type { KnownBy } from "@/lib/dashboard/as-of";
import { PastViewNotice } from "./past-view-notice";
import { SiteHeader } from "./site-header";

type Props = { knownBy: KnownBy; livePath: string; children: ReactNode };

// Every public page renders its own header, because a layout cannot read ?asOf= (and is not
// re-rendered when only the query changes), while the page can: so the navigation of a past view
// stays in that past view with no client-side JavaScript.
export function PublicPage({ knownBy, livePath, children }: Props) {
  return (
    <>
      <SiteHeader knownBy={knownBy} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <PastViewNotice knownBy={knownBy} livePath={livePath} />
        {children}
      </main>
    </>
  );
}
