import Link from "next/link";
import { LifecycleButtons } from "@/components/admin/edit/lifecycle-buttons";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listOrganizationsForEditors } from "@/lib/data/admin/record-lists";
import { prisma } from "@/lib/db";

export const metadata = { title: "Organisations" };

export default async function AdminOrganizationsPage() {
  const actor = await requirePageActor();
  const organizations = await listOrganizationsForEditors(prisma());
  return (
    <div>
      <h1 className="text-2xl font-semibold">Organisations</h1>
      <ul className="mt-4">
        {organizations.map((o) => (
          <li key={o.id} className="border-t border-slate-300 py-2">
            <Link className="underline" href={`/admin/organizations/${o.id}`}>
              {o.name}
            </Link>
            <span className="ml-2 text-sm">
              {o.kind.replace(/_/g, " ")}
              {o.country && ` · ${o.country}`} · {o.participations} partnerships{o.deletedAt && " · deleted"}
            </span>
            <div className="mt-1 text-sm">
              <LifecycleButtons
                entityType="Organization"
                record={o}
                recordLabel={o.name}
                returnTo="/admin/organizations"
                isAdmin={actor.role === "admin"}
              />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
