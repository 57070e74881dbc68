// The title a chart carries on every surface that shows it outside its page: the embed's heading,
// the oEmbed answer, the image. Names come from the caller (the program list it loaded); a slug
// without a name (unknown or not visible) is left out rather than shown raw.
import type { ChartRef } from "@/lib/charts/chart-ref";

type NameOf = (slug: string) => string | undefined;

const currencyNames = { usd: "US dollars", eur: "euros", original: "original currencies" } as const;
const statusWords: Record<string, string> = { overdue: "overdue" };

function names(slugs: readonly string[], nameOf: NameOf): string {
  return slugs
    .map(nameOf)
    .filter((name): name is string => name !== undefined)
    .join(", ");
}

function compareTitle(ref: Extract<ChartRef, { kind: "compare" }>, nameOf: NameOf): string {
  const { params } = ref;
  const what = {
    money: `Money announced, in ${currencyNames[params.currency]}`,
    compute: "Compute announced",
    power: "Power announced",
    accelerators: "Accelerators announced",
  }[params.metric];
  const who = names(params.programs, nameOf);
  return who ? `${what}: ${who}` : `${what}, by program`;
}

function timelineTitle(ref: Extract<ChartRef, { kind: "timeline" }>, nameOf: NameOf): string {
  const statuses = ref.filters.status.map((s) => statusWords[s] ?? s.replaceAll("_", " "));
  const what = statuses.length > 0 ? `Milestones (${statuses.join(", ")})` : "Milestones";
  const who = names(ref.filters.program, nameOf);
  return who ? `${what}: ${who}` : `${what} of every program`;
}

export function chartTitle(ref: ChartRef, nameOf: NameOf): string {
  if (ref.kind === "compare") return compareTitle(ref, nameOf);
  if (ref.kind === "timeline") return timelineTitle(ref, nameOf);
  const name = nameOf(ref.slug) ?? "Program";
  return ref.chart === "funding" ? `${name}: money announced, in US dollars` : `${name}: milestones`;
}
