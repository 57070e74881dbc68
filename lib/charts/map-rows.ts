// The map as rows (one per country and program), for its CSV, its JSON and the embed's hidden
// table; and where each country links. The figure is the one the chart draws for that program
// (its largest on the scale), never a country total, with the claim's date and its source.
import type { MapCountry, MapModel, MapProgram } from "./map-model";

export const mapColumns = [
  "country",
  "country_code",
  "program_slug",
  "program_name",
  "region_program",
  "figure",
  "value",
  "shape",
  "value_low",
  "value_high",
  "unit",
  "currency",
  "scale",
  "colour_class",
  "as_of",
  "source_title",
  "source_publisher",
  "source_url",
  "source_published",
] as const;

export type MapColumn = (typeof mapColumns)[number];
export type MapRecord = Record<MapColumn, string | number | null>;

const classLabel = (model: MapModel, index: number | null) => (index === null ? null : (model.classes[index]?.label ?? null));

/** The program's figure as stated, the claim's date and its source (null for a program without a figure). */
function figureColumns(program: MapProgram): Omit<MapRecord, "country" | "country_code" | "region_program" | "scale" | "colour_class"> {
  return {
    program_slug: program.slug,
    program_name: program.name,
    figure: program.figure,
    value: program.value,
    shape: program.shape,
    value_low: program.stated?.low ?? null,
    value_high: program.stated?.high ?? null,
    unit: program.stated?.unit ?? null,
    currency: program.stated?.currency ?? null,
    as_of: program.asOf,
    source_title: program.source?.title ?? null,
    source_publisher: program.source?.publisher ?? null,
    source_url: program.source?.url ?? null,
    source_published: program.source?.publishedOn ?? null,
  };
}

/**
 * A country's own programs, one row each; a region program once, on its region's row (its figure
 * is the region's: repeating it on every member would invite adding it up).
 */
export function mapRecords(model: MapModel): MapRecord[] {
  const scale = model.scale?.axisLabel ?? null;
  const regionRows = model.regions.flatMap((region) =>
    region.programs.map((program) => ({
      country: region.name,
      country_code: null,
      ...figureColumns(program),
      region_program: region.name,
      scale,
      colour_class: classLabel(model, region.classIndex),
    })),
  );
  const countryRows = model.countries.flatMap((country) =>
    ownPrograms(country).map((program) => ({
      country: country.name,
      // Natural Earth's id is the ISO 3166-1 numeric code; an area without one carries its name.
      country_code: /^\d{3}$/.test(country.id) ? country.id : null,
      ...figureColumns(program),
      region_program: program.region,
      scale,
      colour_class: classLabel(model, country.classIndex),
    })),
  );
  return [...countryRows, ...regionRows];
}

export const ownPrograms = (country: MapCountry) => country.programs.filter((p) => p.region === null);

/** The anchor of a country in the map page's list of countries. */
const anchorOf = (kind: string, name: string) => `map-${kind}-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
export const countryAnchor = (country: Pick<MapCountry, "id">): string => anchorOf("country", country.id);
export const regionAnchor = (region: string): string => anchorOf("region", region);

/**
 * A country with one program of its own leads to that program's page; one with several to its
 * entry in the map page's list; a member of a region program only, to the region's entry.
 */
export function countryHref(country: MapCountry, origin: string, mapPage: string): string {
  const own = ownPrograms(country);
  if (own.length === 1) return `${origin}/programs/${own[0]!.slug}`;
  const region = country.programs.find((p) => p.region !== null)?.region;
  const anchor = own.length === 0 && region ? regionAnchor(region) : countryAnchor(country);
  return `${origin}${mapPage}#${anchor}`;
}
