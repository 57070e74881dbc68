import { withAsOf } from "@/lib/dashboard/as-of";
import type { SourceDto } from "@/lib/schemas/api/common";
import type { KnownBy } from "@/lib/dashboard/as-of";
import { DatedEntry } from "./dated-entry";
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
          <DatedEntry
            key={a.id}
            id={`announcement-${a.id}`}
            on={a.announcedOn}
            label={a.announcedOn}
            after={
              a.program && (
                <>
                  {" · "}
                  <a href={withAsOf(`/programs/${a.program.slug}`, knownBy)} className="underline">
                    {a.program.name}
                  </a>
                </>
              )
            }
            source={a.source}
            data-announcement={a.id}
          >
            <p>{a.title}</p>
            {a.summary && <p className="text-sm text-slate-700 dark:text-slate-300">{a.summary}</p>}
          </DatedEntry>
        ))}
      </ol>
    </StaticMarkup>
  );
}
