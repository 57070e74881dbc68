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
    countries: features.map((f) => ({ id: String(f.id ?? f.properties.name), name: f.properties.name, d: path(f) ?? "" })),
  };
  return shapes;
}
