// One claim with everything beside it: figure, kind, confidence, as-of date, quote, source, the
// announcement that brought it, and what it supersedes or is superseded by. "Of which" parts sit
// under their parent and are never added to it.
import type { ReactNode } from "react";
import type { ClaimNode } from "@/lib/data/claim-tree";
import { SourceCitation } from "./source-citation";
import type { ClaimBaseDto } from "@/lib/data/claim-dto";

type Level = 3 | 4 | 5 | 6;
// numbers: a chart's footnote number per claim id, printed before the label, so the chart above the
// cards is keyed to them instead of to a list repeating them (a program page's money chart).
type Props<T extends ClaimBaseDto> = {
  node: ClaimNode<T>;
  labels: Map<string, string>;
  figure: (claim: T) => ReactNode;
  level: Level;
  part?: boolean;
  numbers?: ReadonlyMap<string, number>;
};

const badge = "inline-block rounded px-1.5 py-0.5 text-xs font-semibold";
const doubtful = new Set(["unverified", "disputed", "incorrect"]);

export function ClaimCard<T extends ClaimBaseDto>({ node, labels, figure, level, part = false, numbers }: Props<T>) {
  const { claim, supersededById } = node;
  const number = numbers?.get(claim.id);
  const Heading = `h${level}` as const;
  const superseded = supersededById !== null;
  return (
    <article
      id={`claim-${claim.id}`}
      data-claim={claim.id}
      data-headline={claim.isHeadline || undefined}
      data-superseded={superseded || undefined}
      className={
        `rounded-lg border p-4 ` +
        `${claim.isHeadline ? "border-blue-700 md:col-span-2" : "border-slate-200 dark:border-slate-800"}` +
        ` ${superseded ? "bg-slate-50 dark:bg-slate-900" : ""}`
      }
    >
      <p className="flex flex-wrap gap-1">
        {claim.isHeadline && <span className={`${badge} bg-blue-700 text-white`}>Headline</span>}
        {part && <span className={`${badge} bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-50`}>Of which</span>}
        {superseded && (
          <span className={`${badge} bg-amber-200 text-amber-950`} data-testid="superseded">
            Superseded
          </span>
        )}
        {claim.withdrawnOn && (
          <span className={`${badge} bg-amber-200 text-amber-950`} data-testid="withdrawn">
            Withdrawn
          </span>
        )}
        {claim.claimScope === "related" && (
          <span className={`${badge} bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-50`} data-testid="related">
            Related context, not the program’s own
          </span>
        )}
        <span className={`${badge} bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100`}>{claim.kind.replace("_", " ")}</span>
        <span className={`${badge} ${doubtful.has(claim.confidence) ? "bg-red-100 text-red-900" : "bg-green-100 text-green-900"}`}>
          {claim.confidence}
        </span>
      </p>
      <Heading className="mt-2 font-semibold">
        {number !== undefined && <span data-testid="claim-number">[{number}] </span>}
        {claim.label}
      </Heading>
      <div className="mt-1">{figure(claim)}</div>
      <p className="mt-2 text-sm">
        <SourceCitation source={claim.source} />
      </p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {claim.asOfLabel && <Row term="As of">{claim.asOfLabel}</Row>}
        {claim.scope && <Row term="Scope">{claim.scope}</Row>}
        {claim.announcement && (
          <Row term="Announced">
            {claim.announcement.announcedOn}: {claim.announcement.title}
          </Row>
        )}
        {claim.supersedesId && (
          <Row term="Supersedes">
            <a href={`#claim-${claim.supersedesId}`} className="underline">
              {labels.get(claim.supersedesId) ?? "an earlier claim"}
            </a>
          </Row>
        )}
        {supersededById && (
          <Row term="Superseded by">
            <a href={`#claim-${supersededById}`} className="underline">
              {labels.get(supersededById) ?? "a later claim"}
            </a>
          </Row>
        )}
        {claim.confidenceNote && <Row term={claim.confidence === "incorrect" ? "Why incorrect" : "Confidence"}>{claim.confidenceNote}</Row>}
        {claim.withdrawnOn && (
          <Row term="Withdrawn">
            {claim.withdrawnOn}
            {claim.withdrawnNote ? `: ${claim.withdrawnNote}` : ""}
          </Row>
        )}
      </dl>
      {claim.quote && (
        <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 text-sm italic dark:border-slate-600">“{claim.quote}”</blockquote>
      )}
      {claim.notes && <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{claim.notes}</p>}
      {node.parts.length > 0 && (
        <section className="mt-3" aria-label={`Parts of ${claim.label}`}>
          <p className="text-sm font-semibold">Of which (parts of this figure, not added to it):</p>
          <div className="mt-2 grid gap-3 border-l-2 border-slate-300 pl-3 dark:border-slate-600">
            {node.parts.map((child) => (
              <ClaimCard
                key={child.claim.id}
                node={child}
                labels={labels}
                figure={figure}
                level={Math.min(6, level + 1) as Level}
                part
                numbers={numbers}
              />
            ))}
          </div>
        </section>
      )}
    </article>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** id → label of every claim in the trees, so "supersedes" links can name their target. */
export function claimLabels<T extends ClaimBaseDto>(nodes: ClaimNode<T>[]): Map<string, string> {
  const labels = new Map<string, string>();
  const visit = (node: ClaimNode<T>) => {
    labels.set(node.claim.id, node.claim.label);
    node.parts.forEach(visit);
  };
  nodes.forEach(visit);
  return labels;
}
