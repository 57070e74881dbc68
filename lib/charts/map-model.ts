// What the map shows, as plain data: which countries hold programs, the figure each program states
// on the chart's first scale, and the colour class of each country. Chosen rule (written here and
// in the legend): a country is coloured by the LARGEST SINGLE figure one of its programs states
// (the upper end of a range), never by a sum: programs' figures are different claims (pledges,
// private intentions, estimates) that must not be added. A country with several programs lists
// them all, each with its own figure. A region program (the EU's) is drawn over all its members,
// hatched, with the region's figure: it is never split between the countries.
import type { ChartPanel, ChartRow, CompareChart } from "./compare-types";
import { placeCountry } from "./map-countries";
import { worldShapes } from "./map-geo";

export type LocatedProgram = { slug: string; name: string; country: string };

/** One program as the map lists it: its largest figure on the scale, as the chart draws it. */
export type MapProgram = {
  slug: string;
  name: string;
  region: string | null;
  figure: string | null;
  value: number | null;
  /** Who states the figure: shown beside it wherever the map lists it. */
  source: ChartRow["source"] | null;
  /** The figure as its source states it (before any conversion), for the downloads' value_* columns. */
  stated: ChartRow["stated"] | null;
  /** Its shape ("up_to", "at_least", …): without it a ceiling or a floor in value_* would read as exact. */
  shape: ChartRow["shape"] | null;
  /** The day the claim is dated (its own as-of), when it has one. */
  asOf: string | null;
};

type MapFigure = Pick<MapProgram, "figure" | "value" | "source" | "stated" | "shape" | "asOf">;
const noFigure: MapFigure = { figure: null, value: null, source: null, stated: null, shape: null, asOf: null };

export type MapCountry = {
  id: string;
  name: string;
  /** Its own programs first, then the region programs it belongs to. */
  programs: MapProgram[];
  /** The figure that colours it: its programs' largest single one (never a sum); null when none. */
  value: number | null;
  /** The colour class (index into `classes`), null when no program of it has a figure on the scale. */
  classIndex: number | null;
  /** Coloured by a region program's figure (no program of its own has one). */
  byRegion: boolean;
  /** Member of a region program (drawn hatched). */
  inRegion: boolean;
};

/** How many programs a country's tooltip and list name: with hundreds in one country, the page stays light. */
export const LISTED_PER_PLACE = 10;

/**
 * The programs a country or region names: all of them in their order when there are few, else the
 * LISTED_PER_PLACE with the largest figures (the ones that set its colour first), and how many more.
 */
export function namedPrograms(programs: readonly MapProgram[]): { shown: MapProgram[]; more: number } {
  if (programs.length <= LISTED_PER_PLACE) return { shown: [...programs], more: 0 };
  const largestFirst = [...programs].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.name.localeCompare(b.name));
  return { shown: largestFirst.slice(0, LISTED_PER_PLACE), more: programs.length - LISTED_PER_PLACE };
}

export type MapClass = { label: string; colour: string };

export type MapModel = {
  /** The scale the colours follow (the chart's first panel), null when nothing can be coloured. */
  scale: { title: string; axisLabel: string } | null;
  classes: MapClass[];
  countries: MapCountry[];
  regions: { name: string; programs: MapProgram[]; classIndex: number | null }[];
  /** Programs whose country has no shape on the map (listed, never dropped silently). */
  unplaced: LocatedProgram[];
};

// Light to dark blue (ColorBrewer's "Blues" without its palest steps, which land without a program,
// grey, would be mistaken for); the darkest class is the largest figures.
const ramp = ["#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"] as const;

/** Colour classes between the panel's ticks (the same round numbers as its axis). */
export function mapClasses(panel: Pick<ChartPanel, "ticks">): MapClass[] {
  const ticks = panel.ticks;
  const count = ticks.length - 1;
  return ticks.slice(0, -1).map((tick, i) => ({
    label: `${tick.label} to ${ticks[i + 1]!.label}`,
    colour: ramp[count === 1 ? ramp.length - 1 : Math.round((i * (ramp.length - 1)) / (count - 1))]!,
  }));
}

/** The class of a value: the interval of ticks that holds it (the top tick closes the last one). */
export function classOf(value: number, ticks: ChartPanel["ticks"]): number {
  const index = ticks.findLastIndex((tick) => tick.value <= value);
  return Math.min(Math.max(index, 0), ticks.length - 2);
}

/** A program's largest single figure on the panel (upper end of a range), with its text as drawn. */
export function largestFigure(rows: readonly ChartRow[], slug: string, panel: string): MapFigure {
  let best: ChartRow | null = null;
  for (const row of rows) {
    if (row.programSlug !== slug || row.panel !== panel || row.value === null) continue;
    if (best === null || row.value.high > best.value!.high) best = row;
  }
  if (best === null) return noFigure;
  return { figure: best.text, value: best.value!.high, source: best.source, stated: best.stated, shape: best.shape, asOf: best.asOf };
}

export function buildMapModel(chart: CompareChart, programs: readonly LocatedProgram[]): MapModel {
  const panel = chart.panels.find((p) => p.domain !== null) ?? null;
  const classes = panel ? mapClasses(panel) : [];
  const names = new Map(worldShapes().countries.map((c) => [c.id, c.name]));
  const own = new Map<string, MapProgram[]>();
  const memberOf = new Map<string, MapProgram[]>();
  const regionPrograms = new Map<string, MapProgram[]>();
  const unplaced: LocatedProgram[] = [];
  for (const program of programs) {
    const place = placeCountry(program.country);
    if (place.kind === "none") {
      unplaced.push(program);
      continue;
    }
    const figure = panel ? largestFigure(chart.rows, program.slug, panel.key) : noFigure;
    const entry: MapProgram = { slug: program.slug, name: program.name, region: place.kind === "region" ? place.region : null, ...figure };
    if (place.kind === "region") regionPrograms.set(place.region, [...(regionPrograms.get(place.region) ?? []), entry]);
    const into = place.kind === "region" ? memberOf : own;
    for (const id of place.ids) into.set(id, [...(into.get(id) ?? []), entry]);
  }
  const largest = (list: readonly MapProgram[]) => Math.max(...list.map((p) => p.value ?? -Infinity));
  const countries = [...new Set([...own.keys(), ...memberOf.keys()])].map((id): MapCountry => {
    const mine = own.get(id) ?? [];
    const shared = memberOf.get(id) ?? [];
    const ownValue = largest(mine);
    const value = Number.isFinite(ownValue) ? ownValue : largest(shared);
    return {
      id,
      name: names.get(id) ?? id,
      programs: [...mine, ...shared],
      value: Number.isFinite(value) ? value : null,
      classIndex: panel && Number.isFinite(value) ? classOf(value, panel.ticks) : null,
      byRegion: !Number.isFinite(ownValue) && Number.isFinite(value),
      inRegion: shared.length > 0,
    };
  });
  countries.sort((a, b) => a.name.localeCompare(b.name));
  return {
    scale: panel ? { title: panel.title, axisLabel: panel.axisLabel } : null,
    classes,
    countries,
    regions: [...regionPrograms].map(([name, list]) => {
      const value = largest(list);
      return { name, programs: list, classIndex: panel && Number.isFinite(value) ? classOf(value, panel.ticks) : null };
    }),
    unplaced,
  };
}

/** The legend's sentences: what the colours mean, and what the map never does. */
export function mapLegendNotes(model: MapModel): string[] {
  const notes: string[] = [];
  if (model.scale) {
    notes.push(
      `Colour: the largest single figure one of the country's programs states (the upper end of a range), ` +
        `on the scale "${model.scale.title}". Figures are never added up: a country with several programs lists each with its own figure.`,
    );
  }
  for (const region of model.regions) {
    const names = region.programs.map((p) => p.name).join(", ");
    notes.push(
      `Hatched: a member of the region "${region.name}", whose region program (${names}) is drawn over every member. ` +
        `Its figure is the region's, not split between countries; a member with no program of its own takes the region's colour.`,
    );
  }
  if (model.unplaced.length > 0) {
    notes.push(`Not on the map (no country shape): ${model.unplaced.map((p) => `${p.name} (${p.country})`).join(", ")}.`);
  }
  return notes;
}
