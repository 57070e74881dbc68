import { RecordList } from "@/components/admin/edit/record-list";
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
      <RecordList
        returnTo="/admin/organizations"
        isAdmin={actor.role === "admin"}
        records={organizations.map((o) => ({
          entityType: "Organization",
          record: o,
          recordLabel: o.name,
          name: o.name,
          href: `/admin/organizations/${o.id}`,
          note: (
            <>
              {o.kind.replace(/_/g, " ")}
              {o.country && ` · ${o.country}`} · {o.participations} partnerships{o.deletedAt && " · deleted"}
            </>
          ),
        }))}
      />
    </div>
  );
}
