import Link from "next/link";
import type { ReactNode } from "react";

/** The narrow page around the sign-in and set-password forms. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <header className="border-b border-slate-200 dark:border-slate-800">
        <div className="mx-auto max-w-md px-4 py-3">
          <Link href="/" className="font-semibold">
            Compute Atlas
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-md px-4 py-10">
        <h1 className="mb-6 text-2xl font-semibold">{title}</h1>
        {children}
      </main>
    </>
  );
}

export const fieldClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 " +
  "dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100";
export const buttonClass =
  "rounded bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300";
