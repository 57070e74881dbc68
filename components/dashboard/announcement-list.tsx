import { withAsOf } from "@/lib/dashboard/as-of";
import type { SourceDto } from "@/lib/schemas/api/common";
import type { KnownBy } from "@/lib/dashboard/as-of";
import { SourceCitation } from "./source-citation";
import { StaticMarkup } from "./static-markup";

type Announcement = {
  id: string;
  title: string;
  summary: string | null;
  announcedOn: string;
  source: SourceDto;
  program?: { slug: string; name: string };
};

// A long list with nothing interactive: static markup, plain links.
export function AnnouncementList({ announcements, knownBy, label }: { announcements: Announcement[]; knownBy: KnownBy; label: string }) {
  if (announcements.length === 0) return <p className="mt-4">No announcement recorded.</p>;
  return (
    <StaticMarkup>
      <ol className="mt-4 grid gap-3" aria-label={label}>
        {announcements.map((a) => (
          <li
            key={a.id}
            id={`announcement-${a.id}`}
            className="border-l-4 border-slate-300 pl-3 dark:border-slate-600"
            data-announcement={a.id}
          >
            <p className="text-sm">
              <time dateTime={a.announcedOn} className="font-semibold">
                {a.announcedOn}
              </time>
              {a.program && (
                <>
                  {" · "}
                  <a href={withAsOf(`/programs/${a.program.slug}`, knownBy)} className="underline">
                    {a.program.name}
                  </a>
                </>
              )}
            </p>
            <p>{a.title}</p>
            {a.summary && <p className="text-sm text-slate-700 dark:text-slate-300">{a.summary}</p>}
            <p className="text-sm">
              <SourceCitation source={a.source} />
            </p>
          </li>
        ))}
      </ol>
    </StaticMarkup>
  );
}
