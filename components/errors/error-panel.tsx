"use client";
// What every error boundary shows: a plain sentence, a way on and a retry, never the error itself.
// In production Next replaces a server error's message with a generic one anyway; we show only its
// digest, the reference under which the server logged the details, so a report can be matched.
import Link from "next/link";

/** What Next hands an error boundary. */
export type ErrorBoundaryProps = { error: unknown; retry: () => void };

type Props = ErrorBoundaryProps & { home: { href: string; label: string } };

function digestOf(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("digest" in error)) return null;
  const { digest } = error as { digest: unknown };
  // A digest is a short numeric or hex hash; anything else is not echoed.
  return typeof digest === "string" && /^[\w-]{1,64}$/.test(digest) ? digest : null;
}

export function ErrorPanel({ error, retry, home }: Props) {
  const digest = digestOf(error);
  return (
    <div role="alert" className="mx-auto max-w-prose px-4 py-12">
      {/* The page's own metadata may be what failed; React puts this <title> in the head. */}
      <title>Unavailable · Compute Atlas</title>
      <h1 className="text-2xl font-bold">This page is unavailable right now</h1>
      <p className="mt-3">Something went wrong on our side and the page could not be shown. Please try again in a moment.</p>
      <div className="mt-6 flex flex-wrap gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded border border-current px-3 py-1 underline-offset-2 hover:underline"
        >
          Try again
        </button>
        <Link prefetch={false} href={home.href} className="underline">
          {home.label}
        </Link>
      </div>
      {digest && (
        <p className="mt-6 text-sm text-slate-600 dark:text-slate-300">
          Reference: <code>{digest}</code>
        </p>
      )}
    </div>
  );
}

/** A route group's error boundary: the panel as the page's main content, with a way back to the overview. */
export function ErrorPage({ error, retry, homeLabel }: ErrorBoundaryProps & { homeLabel: string }) {
  return (
    <main id="main">
      <ErrorPanel error={error} retry={retry} home={{ href: "/", label: homeLabel }} />
    </main>
  );
}
