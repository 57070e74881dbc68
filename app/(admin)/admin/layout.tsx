import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminHeader } from "@/components/admin/admin-header";
import { requirePageActor } from "@/lib/auth/require-page-actor";

// Rendered per request (never cached: Next sends Cache-Control: no-store for dynamic pages).
// This check only routes people to the sign-in page; every page and action checks again itself.
export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: { default: "Editors’ area", template: "%s · Editors’ area · Compute Atlas" },
  robots: { index: false, follow: false },
};

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor();
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <AdminHeader actor={actor} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
