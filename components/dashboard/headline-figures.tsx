// The overview's headline numbers. Figures are added up only within a comparable set (same kind,
// same shape, same quantity: lib/data/comparable-sets.ts); each set shows its total as a range,
// says why its members may be added, and lists them. A set of one is that program's figure alone.
// Nothing in it needs script (its lists fold with <details>): static markup, plain links.
import { withAsOf, type KnownBy } from "@/lib/dashboard/as-of";
import type { CapacityTotals, ComparableSet, OverviewDto } from "@/lib/data/overview";
import type { MoneyTotal, RangeTotal } from "@/lib/data/overview-totals";
import { SourceCitation } from "./source-citation";
import { StaticMarkup } from "./static-markup";

const LISTED = 10;
const NAMED = 6;

/** A set's members by name; past NAMED, a count (the set's "why" says what they share). */
function memberNames(members: { programName: string }[]): string {
  const names = members.slice(0, NAMED).map((m) => m.programName);
  return members.length > NAMED ? `${names.join(" + ")} + ${members.length - NAMED} more programs` : names.join(" + ");
}

const card = "rounded-lg border border-slate-200 p-4 dark:border-slate-800";
const heading = "text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300";

export function HeadlineFigures({ overview, knownBy }: { overview: OverviewDto; knownBy: KnownBy }) {
  const { money, capacity } = overview;
  return (
    <StaticMarkup as="section" aria-labelledby="at-a-glance" className="mt-8">
      <h2 id="at-a-glance" className="text-xl font-bold">
        At a glance
      </h2>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <div className={`${card} md:col-span-2`} data-testid="money-total">
          <h3 className={heading}>Announced money, in US dollars</h3>
          <p className="mt-1 text-sm">
            Each program’s headline figure, at the reference rate of its year. Figures of different kinds or shapes are never added.
          </p>
          <ul className="mt-2 grid gap-3">
            {money.sets.map((set) => (
              <MoneySet key={set.key} set={set} />
            ))}
          </ul>
          {money.proposals.length > 0 && (
            <p className="mt-2 text-sm">
              Not funding, so in no total:{" "}
              {money.proposals.map((p) => `${p.programName} (a proposal; ${p.claim.label}: ${p.claim.money.text})`).join("; ")}.
            </p>
          )}
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer underline">The figures</summary>
            <ul className="mt-2 grid gap-2">
              {money.claims.slice(0, LISTED).map(({ programSlug, programName, claim }) => (
                <li key={programSlug}>
                  <strong>{programName}</strong>: {claim.money.text} — {claim.label}.{" "}
                  {claim.money.usd.ok ? (claim.money.usd.sentence ?? "Stated in US dollars.") : claim.money.usd.message}{" "}
                  <SourceCitation source={claim.source} />
                </li>
              ))}
            </ul>
            <MoreFigures shown={LISTED} total={money.claims.length} knownBy={knownBy} />
          </details>
        </div>
        <CapacityCard capacity={capacity} knownBy={knownBy} />
      </div>
    </StaticMarkup>
  );
}

function MoneySet({ set }: { set: ComparableSet<MoneyTotal> }) {
  return (
    <li data-testid="money-set">
      <p className="text-2xl font-bold">{set.counted > 0 ? set.text : "—"}</p>
      <p className="text-sm">{memberNames(set.members)}</p>
      <p className="text-xs text-slate-700 dark:text-slate-300">{set.why}</p>
      {set.unconverted.length > 0 && (
        <p className="text-xs">Left out, no reference rate: {set.unconverted.map((u) => `${u.programName} (${u.reason})`).join("; ")}.</p>
      )}
      <Qualifiers total={set} />
    </li>
  );
}

function Qualifiers({ total }: { total: RangeTotal }) {
  if (total.counted < 2) return null;
  const notes = [
    total.ranges.length > 0 &&
      `ranges add their low end to the low total and their high end to the high total (${total.ranges.join(", ")})`,
    total.approximate.length > 0 && `approximate figures count as stated (${total.approximate.join(", ")})`,
  ].filter(Boolean);
  if (notes.length === 0) return null;
  return <p className="text-xs text-slate-700 dark:text-slate-300">How: {notes.join("; ")}.</p>;
}

function CapacityCard({ capacity, knownBy }: { capacity: CapacityTotals; knownBy: KnownBy }) {
  const rows: [string, ComparableSet[]][] = [
    ["Target power", capacity.power],
    ["Target accelerators", capacity.accelerators],
    ...capacity.compute.map((c): [string, ComparableSet[]] => [`Target compute (${c.precisionLabel ?? "precision not stated"})`, c.sets]),
  ];
  return (
    <div className={`${card} md:col-span-2`} data-testid="capacity-total">
      <h3 className={heading}>Capacity announced (headline targets)</h3>
      <dl className="mt-2 grid gap-3 sm:grid-cols-3">
        {rows.map(([label, sets]) => (
          <div key={label}>
            <dt className="text-sm font-semibold">{label}</dt>
            {sets.length === 0 && <dd className="text-2xl font-bold">—</dd>}
            {sets.map((set) => (
              <dd key={set.key} className="mt-1" data-testid="capacity-set">
                <span className="text-2xl font-bold">{set.text}</span>
                <span className="block text-sm">{memberNames(set.members)}</span>
                <span className="block text-xs text-slate-700 dark:text-slate-300">{set.why}</span>
                <Qualifiers total={set} />
              </dd>
            ))}
          </div>
        ))}
      </dl>
      {capacity.compute.length === 0 && (
        <p className="mt-2 text-sm">
          No program has a headline compute target yet. Compute figures are never added across precisions (FP64 and AI exaFLOPS differ).
        </p>
      )}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer underline">The figures</summary>
        <ul className="mt-2 grid gap-2">
          {capacity.claims.slice(0, LISTED).map((c) => (
            <li key={c.id}>
              <strong>{c.programName}</strong>: {c.text}
              {c.precisionLabel ? ` (${c.precisionLabel})` : ""} — {c.label}. <SourceCitation source={c.source} />
            </li>
          ))}
        </ul>
        <MoreFigures shown={LISTED} total={capacity.claims.length} knownBy={knownBy} />
      </details>
    </div>
  );
}

// With hundreds of programs the lists stop at LISTED; the explorer ranks them all, with sources.
function MoreFigures({ shown, total, knownBy }: { shown: number; total: number; knownBy: KnownBy }) {
  if (total <= shown) return null;
  return (
    <p className="mt-2">
      And {total - shown} more:{" "}
      <a href={withAsOf("/programs", knownBy)} className="underline">
        every program’s figures in the programs table
      </a>
      .
    </p>
  );
}
