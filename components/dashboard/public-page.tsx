import type { ReactNode } from "react";
import { isUnreadableAsOf, type KnownBy } from "@/lib/dashboard/as-of";
import { KnownOnControl } from "./known-on-control";
import { PastViewNotice } from "./past-view-notice";
import { SiteFooter, SiteHeader } from "./site-header";

/**
 * `livePath`: this page's address for today, with its other options (the "known on" form keeps them).
 * `askedAsOf`: the `asOf` the address gave, on a page that keeps it in the address (`/compare` and
 * `/timeline` redirect to their canonical address, which drops a date they cannot read).
 * `pastViews`: false on a page that has no past view (the API guide, "not found").
 */
type Props = { knownBy: KnownBy; livePath: string; askedAsOf?: string | string[]; pastViews?: boolean; children: ReactNode };

// Every public page renders its own header, because a layout cannot read ?asOf= (and is not
// re-rendered when only the query changes), while the page can: so the navigation of a past view
// stays in that past view with no client-side JavaScript.
export function PublicPage({ knownBy, livePath, askedAsOf, pastViews = true, children }: Props) {
  return (
    <>
      <SiteHeader knownBy={knownBy}>{pastViews && <KnownOnControl knownBy={knownBy} livePath={livePath} />}</SiteHeader>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <PastViewNotice knownBy={knownBy} livePath={livePath} unreadable={knownBy === null && isUnreadableAsOf(askedAsOf)} />
        {children}
      </main>
      <SiteFooter knownBy={knownBy} />
    </>
  );
}
