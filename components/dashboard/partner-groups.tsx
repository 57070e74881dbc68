import Link from "next/link";
import { withAsOf } from "@/lib/dashboard/as-of";
import type { PartnerRoleGroup } from "@/lib/data/participation-dto";
import type { KnownBy } from "@/lib/data/visibility";
import { SourceCitation } from "./source-citation";

export function PartnerGroups({ groups, knownBy }: { groups: PartnerRoleGroup[]; knownBy: KnownBy }) {
  return (
    <section aria-labelledby="partners" className="mt-10">
      <h2 id="partners" className="text-xl font-bold">Partners by role</h2>
      {groups.length === 0 && <p className="mt-4">No partner recorded.</p>}
      {groups.map((group) => (
        <section key={group.role} aria-labelledby={`role-${group.role}`} className="mt-5" data-role={group.role}>
          <h3 id={`role-${group.role}`} className="font-semibold">{group.label} ({group.partners.length})</h3>
          <ul className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
            {group.partners.map((p) => (
              <li key={p.id} className="rounded border border-slate-200 p-2 dark:border-slate-800">
                <Link href={withAsOf(`/partners/${p.organization.slug}`, knownBy)} className="font-semibold underline">{p.organization.name}</Link>
                <span className="text-slate-600 dark:text-slate-300"> · {p.organization.kind.replace("_", " ")}{p.confidence !== "verified" ? ` · ${p.confidence}` : ""}</span>
                {p.leftOn && p.leftSource && (
                  <div data-testid="partner-left"><strong>Left {p.leftOn}</strong> (<SourceCitation source={p.leftSource} />)</div>
                )}
                {p.joinedOn && <div>Joined {p.joinedOn}</div>}
                {p.roleDetail && <div>{p.roleDetail}</div>}
                {p.contribution && <div>Contribution: {p.contribution}</div>}
                <div><SourceCitation source={p.source} /></div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
