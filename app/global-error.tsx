"use client";
// Replaces the root layout when that fails: its own document, no details. Next renders it without
// the app's stylesheet, so it carries the few styles it needs inline.
import { ErrorPage, type ErrorBoundaryProps } from "@/components/errors/error-panel";

export default function GlobalError({ error, retry }: ErrorBoundaryProps) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: 0 }}>
        <ErrorPage error={error} retry={retry} homeLabel="Go to the overview" />
      </body>
    </html>
  );
}
