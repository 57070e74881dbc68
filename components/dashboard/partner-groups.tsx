import { withAsOf } from "@/lib/dashboard/as-of";
import { partnersByOrganization, type PartnerOrganizationDto } from "@/lib/data/participation-dto";
import type { KnownBy } from "@/lib/dashboard/as-of";
import { SourceCitation } from "./source-citation";
import { StaticMarkup } from "./static-markup";
import type { PartnerRoleGroup } from "@/lib/schemas/api/program";

// One row per organisation, its roles merged; partnerships no source confirms are listed apart,
// marked, and not counted. A long list with nothing interactive: static markup, plain links.
export function PartnerGroups({ groups, knownBy }: { groups: PartnerRoleGroup[]; knownBy: KnownBy }) {
  const partners = partnersByOrganization(groups);
  const confirmed = partners.filter((p) => p.confirmed);
  const unconfirmed = partners.filter((p) => !p.confirmed);
  return (
    <StaticMarkup as="section" aria-labelledby="partners" className="mt-10">
      <h2 id="partners" className="text-xl font-bold">
        Partners ({confirmed.length})
      </h2>
      {partners.length === 0 && <p className="mt-4">No partner recorded.</p>}
      <PartnerList partners={confirmed} knownBy={knownBy} />
      {unconfirmed.length > 0 && (
        <section aria-labelledby="partners-unconfirmed" className="mt-5" data-testid="partners-unconfirmed">
          <h3 id="partners-unconfirmed" className="font-semibold">
            Reported but unconfirmed ({unconfirmed.length}, not counted)
          </h3>
          <PartnerList partners={unconfirmed} knownBy={knownBy} />
        </section>
      )}
    </StaticMarkup>
  );
}

function PartnerList({ partners, knownBy }: { partners: PartnerOrganizationDto[]; knownBy: KnownBy }) {
  return (
    <ul className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
      {partners.map((p) => (
        <li
          key={p.organization.slug}
          className="rounded border border-slate-200 p-2 dark:border-slate-800"
          data-partner={p.organization.slug}
        >
          <a href={withAsOf(`/partners/${p.organization.slug}`, knownBy)} className="font-semibold underline">
            {p.organization.name}
          </a>
          <span className="text-slate-600 dark:text-slate-300">
            {" "}
            · {p.organization.kind.replace("_", " ")}
            {p.confidence !== "verified" ? ` · ${p.confidence}` : ""}
          </span>
          <div>{p.roles.join(", ")}</div>
          {p.leftOn && p.leftSource && (
            <div data-testid="partner-left">
              <strong>Left {p.leftOn}</strong> (<SourceCitation source={p.leftSource} />)
            </div>
          )}
          {p.joinedOn && <div>Joined {p.joinedOn}</div>}
          {p.roleDetails.map((detail) => (
            <div key={detail}>{detail}</div>
          ))}
          {p.contribution && <div>Contribution: {p.contribution}</div>}
          <div>
            <SourceCitation source={p.source} />
          </div>
        </li>
      ))}
    </ul>
  );
}
