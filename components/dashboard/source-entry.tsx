import Link from "next/link";
import { plural } from "@/lib/core/plural";
import { withAsOf } from "@/lib/dashboard/as-of";
import { sourceKindLabel } from "@/lib/dashboard/source-kind-label";
import type { KnownBy } from "@/lib/dashboard/as-of";
import type { BackedItem, SourceEntryDto } from "@/lib/schemas/api/sources";
import { ProgramLinks } from "./program-links";

type Group = { key: string; noun: string; items: BackedItem[] };

/**
 * One source: what it is, how reliable, and the records it backs, each a link. `shown`: how many of
 * its programs and of each kind of record to list, with a count of the rest (a source may back
 * hundreds of records in hundreds of programs; one program's view lists them all).
 */
export function SourceEntry({ source, knownBy, shown = Infinity }: { source: SourceEntryDto; knownBy: KnownBy; shown?: number }) {
  const all: Group[] = [
    { key: "funding", noun: "funding claim", items: source.funding },
    { key: "capacity", noun: "capacity claim", items: source.capacity },
    { key: "milestones", noun: "milestone", items: source.milestones },
    { key: "revisions", noun: "due-date record", items: source.revisions },
    { key: "announcements", noun: "announcement", items: source.announcements },
    { key: "partners", noun: "partnership", items: source.partners },
  ];
  const groups = all.filter((group) => group.items.length > 0);
  const summary = [
    ...groups.map((g) => plural(g.items.length, g.noun)),
    ...(source.exchangeRates.length > 0 ? [plural(source.exchangeRates.length, "exchange rate")] : []),
  ];
  return (
    <li id={`source-${source.id}`} data-source={source.id} className="rounded border border-slate-200 p-3 dark:border-slate-800">
      <p className="font-semibold">
        {source.url ? (
          <a href={source.url} className="underline" rel="noopener noreferrer">
            {source.title}
          </a>
        ) : (
          <cite>{source.title}</cite>
        )}
      </p>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {source.publisher}
        {source.publishedLabel && ` · ${source.publishedLabel}`} · {sourceKindLabel(source.kind)} · reliability: {source.reliability}
        {!source.url && " · no web address"}
        {source.language !== "en" && ` · language: ${source.language}`}
      </p>
      {source.reliabilityNote && <p className="text-sm">{source.reliabilityNote}</p>}
      <p className="mt-1 text-sm" data-testid="supports">
        Backs {summary.join(", ")}
        {source.programs.length > 0 && (
          <>
            {" "}
            in <ProgramLinks programs={source.programs.slice(0, shown)} knownBy={knownBy} />
            {source.programs.length > shown && ` and ${plural(source.programs.length - shown, "other program")}`}
          </>
        )}
        {source.exchangeRates.length > 0 && ` (rates: ${source.exchangeRates.map((r) => `${r.currency} ${r.year}`).join(", ")})`}.
      </p>
      {groups.length > 0 && (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer underline">What it backs</summary>
          {groups.map((group) => (
            <div key={group.key} className="mt-2">
              <p className="font-semibold">{plural(group.items.length, group.noun)}</p>
              <ul className="ml-5 list-disc">
                {group.items.slice(0, shown).map((item) => (
                  <li key={item.id}>
                    <Link prefetch={false} href={withAsOf(item.path, knownBy)} className="underline">
                      {item.label}
                    </Link>{" "}
                    ({item.program.name})
                  </li>
                ))}
                {group.items.length > shown && <li>and {group.items.length - shown} more</li>}
              </ul>
            </div>
          ))}
        </details>
      )}
    </li>
  );
}
