"use client";
// A public page that failed (the database is unreachable, say): the site's tone, a way back, no details.
// The error is thrown before Next sends the page, so the answer is a 500 (checked in
// tests/e2e/database-outage.spec.ts); Next 16 draws this boundary in the browser, so without
// JavaScript the 500 carries its bare error document, which holds no page content and no details.
import { ErrorPage, type ErrorBoundaryProps } from "@/components/errors/error-panel";

export default function PublicError({ error, retry }: ErrorBoundaryProps) {
  return <ErrorPage error={error} retry={retry} homeLabel="Go to the overview" />;
}
