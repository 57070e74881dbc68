"use client";
// A public page that failed (the database is unreachable, say): the site's tone, a way back, no details.
import { ErrorPanel } from "@/components/errors/error-panel";

export default function PublicError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main">
      <ErrorPanel error={error} retry={retry} home={{ href: "/", label: "Go to the overview" }} />
    </main>
  );
}
