// The world the map is drawn on: Natural Earth's 1:110m countries (the `world-atlas` package ships
// them as TopoJSON, so nothing is fetched at run time), projected once with Equal Earth (areas stay
// true, so no country looks bigger than it is) and kept as SVG path data rounded to whole units.
// Antarctica is left out: no program is there, and it would take a fifth of the height.
import { geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";

export const MAP_WIDTH = 960;

/** One country's outline: its ISO 3166 numeric code (Natural Earth's id), its name and its path. */
export type CountryShape = { id: string; name: string; d: string };

export type WorldShapes = { width: number; height: number; countries: CountryShape[] };

type CountryProps = { name: string };

let shapes: WorldShapes | null = null;

/**
 * d3's absolute path data ("M480,120L482,121Z") as relative moves ("m480,120l2,1z"): whole-unit
 * steps between neighbouring points are one or two digits, which halves the map's gzipped size
 * (the page carries it twice: in its HTML and in the payload React hydrates from).
 */
export function relativePath(d: string): string {
  let [x, y, startX, startY] = [0, 0, 0, 0];
  return d
    .replace(/([MLZ])([^MLZ]*)/g, (_, command: string, args: string) => {
      if (command === "Z") {
        [x, y] = [startX, startY];
        return "z";
      }
      const [px, py] = args.split(",").map(Number) as [number, number];
      const step = `${command === "M" ? "m" : "l"}${px - x},${py - y}`;
      [x, y] = [px, py];
      if (command === "M") [startX, startY] = [px, py];
      return step;
    })
    .replace(/,-/g, "-");
}

/** The projected world, computed on first use and kept (it depends on nothing but the package). */
export function worldShapes(): WorldShapes {
  if (shapes) return shapes;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, CountryProps>;
  // A few disputed areas carry no ISO code; they are drawn under their own name, never coloured.
  const features: Feature<Geometry, CountryProps>[] = all.features.filter((f) => f.properties.name !== "Antarctica");
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, { type: "FeatureCollection", features });
  const path = geoPath(projection).digits(0);
  const [, [, bottom]] = path.bounds({ type: "FeatureCollection", features });
  shapes = {
    width: MAP_WIDTH,
    height: Math.ceil(bottom),
    countries: features.map((f) => ({ id: String(f.id ?? f.properties.name), name: f.properties.name, d: relativePath(path(f) ?? "") })),
  };
  return shapes;
}
