import Link from "next/link";
import { requireActor } from "@/lib/admin/require-actor";
import { listProgramsForEditors } from "@/lib/data/admin/program-records";
import { prisma } from "@/lib/db";

export const metadata = { title: "Programs · Editors", robots: { index: false } };

export default async function AdminProgramsPage() {
  await requireActor();
  const programs = await listProgramsForEditors(prisma());
  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <h1 className="text-2xl font-semibold">Programs</h1>
      <p className="mt-1 text-sm"><Link className="underline" href="/admin/deleted">Deleted items</Link> · <Link className="underline" href="/admin/sources">Sources</Link> · <Link className="underline" href="/admin/organizations">Organisations</Link></p>
      <table className="mt-4 w-full text-left">
        <caption className="sr-only">Every program, drafts and deleted ones included</caption>
        <thead><tr><th scope="col">Program</th><th scope="col">Country</th><th scope="col">State</th></tr></thead>
        <tbody>
          {programs.map((p) => (
            <tr key={p.id} className="border-t border-slate-300">
              <th scope="row" className="py-1 font-normal"><Link className="underline" href={`/admin/programs/${p.id}`}>{p.name}</Link></th>
              <td>{p.country}</td>
              <td>{p.deletedAt ? "deleted" : p.publicationState}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
