import { StaticMarkup } from "./static-markup";
import { SourceCitation } from "./source-citation";
import type { ProgramSourceDto } from "@/lib/schemas/api/program";

const kinds = [
  ["funding", "funding claim"],
  ["capacity", "capacity claim"],
  ["milestones", "milestone"],
  ["partners", "partner"],
  ["announcements", "announcement"],
] as const;

export function ProgramSourceList({ sources }: { sources: ProgramSourceDto[] }) {
  return (
    <StaticMarkup as="section" aria-labelledby="sources" className="mt-10">
      <h2 id="sources" className="text-xl font-bold">
        Sources ({sources.length})
      </h2>
      <ul className="mt-4 grid gap-2 text-sm">
        {sources.map((source) => (
          <li key={source.id} data-source={source.id}>
            <SourceCitation source={source} /> — <span className="italic">{source.title}</span> ({source.reliability}); backs{" "}
            {kinds
              .filter(([key]) => source[key] > 0)
              .map(([key, noun]) => `${source[key]} ${noun}${source[key] === 1 ? "" : "s"}`)
              .join(", ")}
          </li>
        ))}
      </ul>
    </StaticMarkup>
  );
}
