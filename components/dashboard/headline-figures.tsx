// The overview's headline numbers. Each total lists what it adds up (program, figure, source) in a
// disclosure under it, and says how ranges, "up to" and missing rates were treated.
import type { CapacityTotals, OverviewDto } from "@/lib/data/overview";
import type { RangeTotal } from "@/lib/data/overview-totals";
import { SourceCitation } from "./source-citation";

const card = "rounded-lg border border-slate-200 p-4 dark:border-slate-800";

export function HeadlineFigures({ overview }: { overview: OverviewDto }) {
  const { money, capacity } = overview;
  return (
    <section aria-labelledby="at-a-glance" className="mt-8">
      <h2 id="at-a-glance" className="text-xl font-bold">At a glance</h2>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <div className={card} data-testid="programs-tracked">
          <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">Programs tracked</h3>
          <p className="text-3xl font-bold">{overview.programs.length}</p>
        </div>
        <div className={card} data-testid="money-total">
          <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">Announced money, in US dollars</h3>
          <p className="text-3xl font-bold">{money.counted > 0 ? money.text : "—"}</p>
          <p className="mt-1 text-sm">Sum of {money.counted} programs’ headline figures, each at the reference rate of its year.</p>
          <Qualifiers total={money} />
          {money.unconverted.length > 0 && (
            <p className="text-sm">Left out, no reference rate: {money.unconverted.map((u) => `${u.programName} (${u.reason})`).join("; ")}.</p>
          )}
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer underline">What is added up</summary>
            <ul className="mt-2 grid gap-2">
              {money.claims.map(({ programSlug, programName, claim }) => (
                <li key={programSlug}>
                  <strong>{programName}</strong>: {claim.money.text} — {claim.label}.{" "}
                  {claim.money.usd.ok ? claim.money.usd.sentence ?? "Stated in US dollars." : claim.money.usd.message} <SourceCitation source={claim.source} />
                </li>
              ))}
            </ul>
          </details>
        </div>
        <CapacityCard capacity={capacity} />
      </div>
    </section>
  );
}

function Qualifiers({ total }: { total: RangeTotal }) {
  const notes = [
    total.ranges.length > 0 && `ranges add their low end to the low total and their high end to the high total (${total.ranges.join(", ")})`,
    total.ceilings.length > 0 && `“up to” figures count at their ceiling (${total.ceilings.join(", ")})`,
    total.floors.length > 0 && `“more than” figures count at their floor (${total.floors.join(", ")})`,
    total.approximate.length > 0 && `approximate figures count as stated (${total.approximate.join(", ")})`,
  ].filter(Boolean);
  if (notes.length === 0) return null;
  return <p className="text-sm text-slate-700 dark:text-slate-300">How: {notes.join("; ")}.</p>;
}

function CapacityCard({ capacity }: { capacity: CapacityTotals }) {
  const rows: [string, RangeTotal][] = [
    ["Target power", capacity.power],
    ["Target accelerators", capacity.accelerators],
    ...capacity.compute.map((c): [string, RangeTotal] => [`Target compute (${c.precisionLabel ?? "precision not stated"})`, c]),
  ];
  return (
    <div className={`${card} md:col-span-2`} data-testid="capacity-total">
      <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">Capacity announced (headline targets)</h3>
      <dl className="mt-2 grid gap-3 sm:grid-cols-3">
        {rows.map(([label, total]) => (
          <div key={label}>
            <dt className="text-sm font-semibold">{label}</dt>
            <dd className="text-2xl font-bold">{total.counted > 0 ? total.text : "—"}</dd>
            <dd className="text-sm">{total.counted} program{total.counted === 1 ? "" : "s"}</dd>
            <dd><Qualifiers total={total} /></dd>
          </div>
        ))}
      </dl>
      {capacity.compute.length === 0 && (
        <p className="mt-2 text-sm">No program has a headline compute target yet. Compute figures are never added across precisions (FP64 and AI exaFLOPS differ).</p>
      )}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer underline">What is added up</summary>
        <ul className="mt-2 grid gap-2">
          {capacity.claims.map((c) => (
            <li key={c.id}>
              <strong>{c.programName}</strong>: {c.text}{c.precisionLabel ? ` (${c.precisionLabel})` : ""} — {c.label}. <SourceCitation source={c.source} />
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
