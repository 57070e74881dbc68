"use client";
// The editors' area failed, its layout's session check included (this boundary sits above
// admin/layout.tsx, which an error.tsx beside it would not cover): no admin content, no details.
import { ErrorPanel } from "@/components/errors/error-panel";

export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main">
      <ErrorPanel error={error} retry={retry} home={{ href: "/", label: "Go to the public overview" }} />
    </main>
  );
}
