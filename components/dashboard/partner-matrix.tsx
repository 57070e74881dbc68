import Link from "next/link";
import { withAsOf } from "@/lib/dashboard/as-of";
import type { PartnerMatrixDto } from "@/lib/data/partners";
import type { KnownBy } from "@/lib/dashboard/as-of";
import { ColumnHeadings, ScrollTable, tdClass, thClass } from "./scroll-table";

/** Organisations (rows) × programs (columns); each cell names the roles held, empty when none. */
export function PartnerMatrix({ matrix, knownBy }: { matrix: PartnerMatrixDto; knownBy: KnownBy }) {
  return (
    <ScrollTable label="Organisations by program">
      <table className="w-full min-w-[48rem] border-collapse text-sm" data-testid="partner-matrix">
        <caption className="sr-only">Organisations and the roles they hold in each program; organisations in most programs first</caption>
        <thead>
          <tr>
            <ColumnHeadings headings={["Organisation", "Programs"]} />
            {matrix.programs.map((p) => (
              <th key={p.slug} scope="col" className={thClass}>
                <Link prefetch={false} href={withAsOf(`/programs/${p.slug}`, knownBy)} className="underline">
                  {p.name}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.organizations.map((org) => (
            <tr key={org.slug} data-organization={org.slug} className={org.programCount > 1 ? "bg-amber-50 dark:bg-amber-950" : undefined}>
              <th scope="row" className={`${tdClass} text-left`}>
                <Link prefetch={false} href={withAsOf(`/partners/${org.slug}`, knownBy)} className="font-semibold underline">
                  {org.name}
                </Link>
                <div className="font-normal text-slate-600 dark:text-slate-300">
                  {org.kind.replace("_", " ")}
                  {org.country ? ` · ${org.country}` : ""}
                </div>
              </th>
              <td className={tdClass} data-testid="program-count">
                {org.programCount}
              </td>
              {matrix.programs.map((p) => (
                <td key={p.slug} className={tdClass}>
                  {org.roles[p.slug]?.join(", ") ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
