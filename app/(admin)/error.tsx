"use client";
// The editors' area failed, its layout's session check included (this boundary sits above
// admin/layout.tsx, which an error.tsx beside it would not cover): no admin content, no details.
import { ErrorPage, type ErrorBoundaryProps } from "@/components/errors/error-panel";

export default function AdminError({ error, retry }: ErrorBoundaryProps) {
  return <ErrorPage error={error} retry={retry} homeLabel="Go to the public overview" />;
}
