import Link from "next/link";
import type { Actor } from "@/lib/core/actor";
import { signOutAction } from "@/lib/actions/sign-out";

/** The editors' area header: where to go, who is signed in, with which role, and sign-out. */
export function AdminHeader({ actor }: { actor: Actor }) {
  const links: [string, string][] = [
    ["/admin", "Desk"],
    ["/admin/programs", "Programs"],
    ["/admin/announcements/new", "New announcement"],
    ["/admin/sources", "Sources"],
    ["/admin/organizations", "Organisations"],
    ["/admin/deleted", "Deleted"],
    ["/admin/activity", "Activity"],
  ];
  if (actor.role === "admin") links.push(["/admin/rates", "Rates"], ["/admin/users", "Users"]);
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <nav aria-label="Editors’ area" className="flex flex-wrap items-center gap-x-5 gap-y-1">
          <Link href="/" prefetch={false} className="font-semibold">
            Compute Atlas
          </Link>
          <ul className="flex flex-wrap gap-4 text-sm">
            {links.map(([href, label]) => (
              <li key={href}>
                <Link href={href} className="hover:underline">
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <p data-testid="signed-in-as">
            <span className="sr-only">Signed in as </span>
            {actor.name} <span className="text-slate-600 dark:text-slate-400">({actor.email})</span>{" "}
            <span
              className={
                "rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium uppercase tracking-wide text-slate-800 " +
                "dark:bg-slate-800 dark:text-slate-100"
              }
            >
              {actor.role}
            </span>
          </p>
          <form action={signOutAction}>
            <button type="submit" className="rounded border border-slate-400 px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
