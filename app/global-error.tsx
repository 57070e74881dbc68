"use client";
// Replaces the root layout when that fails: its own document, no details. Next renders it without
// the app's stylesheet, so it carries the few styles it needs inline.
import { ErrorPanel } from "@/components/errors/error-panel";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: 0 }}>
        <main id="main">
          <ErrorPanel error={error} retry={retry} home={{ href: "/", label: "Go to the overview" }} />
        </main>
      </body>
    </html>
  );
}
