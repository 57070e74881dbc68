// Where a program sits on the map. A program's country is free text typed by editors ("United
// States", "France", "European Union"); the map reads it against Natural Earth's short names, a few
// common spellings, and the regions whose programs belong to several countries at once.
import { worldShapes } from "./map-geo";

/** Other spellings of Natural Earth's names (lower case). */
const aliases: Record<string, string> = {
  "united states": "United States of America",
  usa: "United States of America",
  us: "United States of America",
  uk: "United Kingdom",
  "great britain": "United Kingdom",
  "czech republic": "Czechia",
  "south korea": "South Korea",
  "republic of korea": "South Korea",
  korea: "South Korea",
  "north macedonia": "Macedonia",
  "bosnia and herzegovina": "Bosnia and Herz.",
  "democratic republic of the congo": "Dem. Rep. Congo",
  "central african republic": "Central African Rep.",
  "dominican republic": "Dominican Rep.",
  "united arab emirates": "United Arab Emirates",
  uae: "United Arab Emirates",
};

/**
 * Regions whose programs are run for all their members together: such a program is drawn over
 * every member (hatched) and its figure is the region's, never split between countries. The
 * European Union's 27 member states (Malta is too small for the 1:110m map).
 */
export const regions: Record<string, { name: string; members: string[] }> = {
  "european union": {
    name: "European Union",
    members: [
      "Austria",
      "Belgium",
      "Bulgaria",
      "Croatia",
      "Cyprus",
      "Czechia",
      "Denmark",
      "Estonia",
      "Finland",
      "France",
      "Germany",
      "Greece",
      "Hungary",
      "Ireland",
      "Italy",
      "Latvia",
      "Lithuania",
      "Luxembourg",
      "Netherlands",
      "Poland",
      "Portugal",
      "Romania",
      "Slovakia",
      "Slovenia",
      "Spain",
      "Sweden",
    ],
  },
};

export type Placement = { kind: "country"; ids: [string] } | { kind: "region"; region: string; ids: string[] } | { kind: "none" };

const key = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/\s*\(.*\)$/, "");

/** The shapes a program's country names: one country, a region's members, or none we can draw. */
export function placeCountry(country: string): Placement {
  const byName = new Map(worldShapes().countries.map((c) => [c.name.toLowerCase(), c.id]));
  const region = regions[key(country)];
  if (region) {
    const ids = region.members.map((name) => byName.get(name.toLowerCase())).filter((id): id is string => id !== undefined);
    return { kind: "region", region: region.name, ids };
  }
  const name = aliases[key(country)] ?? key(country);
  const id = byName.get(name.toLowerCase());
  return id ? { kind: "country", ids: [id] } : { kind: "none" };
}
