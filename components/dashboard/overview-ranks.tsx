// The overview's ranked small multiples: per metric, the programs with the largest figure, each a
// link to its program, with the full ranking in /programs and the chart in /compare. Bars are plain
// HTML (no script, no charting library); a range draws its low end solid and its high end lighter.
// Nothing is added up: each bar is one program's own stated figure. Nothing in it is interactive, so
// it is drawn as static markup with plain links (a link is a full page load, and nothing is prefetched).
import { fundingKinds } from "@/lib/core/vocabulary";
import { plural } from "@/lib/core/plural";
import { withAsOf, type KnownBy } from "@/lib/dashboard/as-of";
import { compareHref, defaultCompareParams, type CompareParams } from "@/lib/dashboard/compare-params";
import { moneyKindClassOf } from "@/lib/data/comparable-sets";
import { barExtent } from "@/lib/data/overview-rank-bars";
import type { MetricRank, RankedMetric } from "@/lib/data/overview-ranks";
import type { ProgramRowDto } from "@/lib/data/programs-table";
import { SourceCitation } from "./source-citation";
import { StaticMarkup } from "./static-markup";

const titles: Record<RankedMetric, string> = {
  public: "Public money",
  private: "Private money",
  power: "Power",
  accelerators: "Accelerators",
  overdue: "Milestones overdue",
};

const notes: Record<RankedMetric, string> = {
  public: "Headline public commitment, bars in US dollars at the reference rate of its year.",
  private: "Headline private investment, bars in US dollars at the reference rate of its year.",
  power: "Headline power figure, in megawatts.",
  accelerators: "Headline accelerator (GPU) count.",
  overdue: "Open past their deadline; completed late and on time beside them.",
};

function compareLink(metric: RankedMetric, rows: ProgramRowDto[], asOf: string | null): string | null {
  if (metric === "overdue") return null;
  const programs = rows.map((r) => r.slug).sort();
  const base: CompareParams = { ...defaultCompareParams, programs, asOf };
  if (metric === "power" || metric === "accelerators") return compareHref({ ...base, metric });
  return compareHref({ ...base, funding: fundingKinds.filter((kind) => moneyKindClassOf(kind) === metric) });
}

export function OverviewRanks({ ranks, knownBy, asOf }: { ranks: MetricRank[]; knownBy: KnownBy; asOf: string | null }) {
  return (
    <StaticMarkup as="section" aria-labelledby="ranked" className="mt-4">
      {/* Named for assistive technology; on screen, the page's one-line intro says what the bars are. */}
      <h2 id="ranked" className="sr-only">
        Largest programs by measure
      </h2>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {ranks.map((rank) => (
          <RankCard key={rank.metric} rank={rank} knownBy={knownBy} asOf={asOf} />
        ))}
      </div>
    </StaticMarkup>
  );
}

function RankCard({ rank, knownBy, asOf }: { rank: MetricRank; knownBy: KnownBy; asOf: string | null }) {
  const { metric, rows, count } = rank;
  const max = Math.max(...rows.map((row) => barExtent(row, metric)?.high ?? 0), 0);
  const compare = compareLink(metric, rows, asOf);
  return (
    <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid={`rank-${metric}`}>
      <h3 className="font-semibold">{titles[metric]}</h3>
      <p className="text-xs text-slate-600 dark:text-slate-300">{notes[metric]}</p>
      {rows.length === 0 ? (
        <p className="mt-3 text-sm">No program has one.</p>
      ) : (
        <ol className="mt-3 grid gap-3 text-sm">
          {rows.map((row) => (
            <RankRow key={row.slug} row={row} metric={metric} max={max} colour={row.colour} knownBy={knownBy} />
          ))}
        </ol>
      )}
      <p className="mt-3 text-sm">
        <a href={withAsOf(`/programs?sort=${metric}&dir=desc`, knownBy)} className="underline">
          All {plural(count, "program")} with one, ranked
        </a>
        {compare && (
          <>
            {" · "}
            <a href={compare} className="underline">
              Compare these
            </a>
          </>
        )}
      </p>
    </div>
  );
}

type RankRowProps = { row: ProgramRowDto; metric: RankedMetric; max: number; colour: string; knownBy: KnownBy };

function RankRow({ row, metric, max, colour, knownBy }: RankRowProps) {
  const extent = barExtent(row, metric);
  const width = (value: number) => `${max > 0 ? Math.max(1, (value / max) * 100) : 0}%`;
  return (
    <li data-ranked-program={row.slug}>
      <a href={withAsOf(`/programs/${row.slug}`, knownBy)} className="font-semibold underline">
        {row.name}
      </a>
      {extent && (
        <div className="relative mt-1 h-2.5 w-full rounded-sm bg-slate-100 dark:bg-slate-800" aria-hidden="true">
          <div className="absolute inset-y-0 left-0 rounded-sm opacity-40" style={{ width: width(extent.high), background: colour }} />
          <div className="absolute inset-y-0 left-0 rounded-sm" style={{ width: width(extent.low), background: colour }} />
        </div>
      )}
      <Figure row={row} metric={metric} />
    </li>
  );
}

function Figure({ row, metric }: { row: ProgramRowDto; metric: RankedMetric }) {
  if (metric === "overdue")
    return (
      <div>
        {row.overdue} overdue · {row.late} completed late · {row.onTime} completed on time
      </div>
    );
  if (metric === "public" || metric === "private") {
    const claim = metric === "public" ? row.publicMoney : row.privateMoney;
    if (!claim) return null;
    return (
      <div>
        {claim.money.text}
        {claim.money.usd.ok && claim.money.usd.sentence ? ` (${claim.money.usd.sentence})` : ""}. <SourceCitation source={claim.source} />
      </div>
    );
  }
  const claim = row[metric];
  if (!claim) return null;
  return (
    <div>
      {claim.text}
      {claim.kind === "operational" ? ", operational" : ", target"}. <SourceCitation source={claim.source} />
    </div>
  );
}
