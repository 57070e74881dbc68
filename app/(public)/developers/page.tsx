import type { Metadata } from "next";
import { connection } from "next/server";
import { Conventions } from "@/components/developers/conventions";
import { OperationSection } from "@/components/developers/operation-section";
import { PublicPage } from "@/components/dashboard/public-page";
import { curlCommand, developerDocs } from "@/lib/api/openapi/developer-docs";
import { siteOrigin } from "@/lib/security/site-origin";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "API for developers" };

// Rendered per request, not at build: the origin (the one snippets and oEmbed use) and the rate
// limit are the running server's.
export default async function DevelopersPage() {
  await connection();
  const origin = siteOrigin();
  const settings = env();
  const groups = developerDocs();
  return (
    <PublicPage knownBy={null} pastViews={false} livePath="/developers">
      {/* Long paths and JSON snippets break anywhere rather than widen a phone's page. */}
      <div className="[overflow-wrap:anywhere]">
        <h1 className="text-2xl font-bold">API for developers</h1>
        <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-300">
          Everything the Compute Atlas shows, as JSON or CSV, free to read from any site or script: programs, their claims and milestones,
          the organisations taking part, the sources, and the charts as images. Read-only, no key needed.
        </p>
        <nav aria-label="Endpoints" className="mt-4">
          <ul className="grid gap-1 text-sm">
            {groups
              .flatMap((group) => group.operations)
              .map(({ operation }) => (
                <li key={operation.id}>
                  <a className="underline" href={`#op-${operation.id}`}>
                    <code>GET {operation.path}</code>
                  </a>
                </li>
              ))}
          </ul>
        </nav>
        <Conventions rateLimit={settings.ATLAS_API_RATE_LIMIT} origin={origin} />
        {groups.map((group) => (
          <section key={group.tag} aria-labelledby={`tag-${group.tag}`} className="mt-10">
            <h2 id={`tag-${group.tag}`} className="text-xl font-bold">
              {group.title}
            </h2>
            {group.operations.map(({ operation, example }) => (
              <OperationSection key={operation.id} operation={operation} curl={example ? curlCommand(origin, example) : null} />
            ))}
          </section>
        ))}
      </div>
    </PublicPage>
  );
}
