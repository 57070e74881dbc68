import "server-only";
// The map as static SVG markup, drawn once on the server (no map code ships to the browser). Every
// country is outlined; a country with programs is filled by its colour class, hatched when it
// belongs to a region program, and is a link to its programs (title: their names and figures).
import { namedPrograms, type MapCountry, type MapModel } from "./map-model";
import { worldShapes } from "./map-geo";
import { renderMarkup } from "./node-react";

export type MapSvgOptions = {
  idPrefix: string;
  title: string;
  /** Where a country leads: its one program's page, or the list of its programs. */
  hrefOf: (country: MapCountry) => string;
  /** "_blank" inside an embed: the reader keeps the article. */
  target?: string;
};

/**
 * "France: Fluidstack AI supercomputer, $10.9 bn; EuroHPC AI Factories (region: European Union), €10 bn";
 * past LISTED_PER_PLACE programs, the largest and "and N more programs".
 */
export function countryTitle(country: MapCountry): string {
  const { shown, more } = namedPrograms(country.programs);
  const programs = shown.map((p) => {
    const region = p.region ? ` (region program: ${p.region})` : "";
    return `${p.name}${region}, ${p.figure ?? "no figure on this scale"}`;
  });
  return `${country.name}: ${programs.join("; ")}${more > 0 ? `; and ${more} more programs` : ""}`;
}

// Colours are presentation attributes (what an exported image draws); the page's dark scheme
// overrides the grey land and the borders through the classes (a stylesheet beats an attribute).
const style =
  ".map-link:focus{outline:none}.map-link:focus path,.map-link:hover path{stroke:#f59e0b;stroke-width:2}" +
  "@media (prefers-color-scheme:dark){.map-land{fill:#334155}.map-land,.map-border{stroke:#0f172a}}";
const border = { stroke: "#ffffff", strokeWidth: 0.6 };
const noFigure = "#94a3b8";

export function renderMapSvg(model: MapModel, options: MapSvgOptions): string {
  const world = worldShapes();
  const withPrograms = new Map(model.countries.map((c) => [c.id, c]));
  const hatch = `${options.idPrefix}-hatch`;
  return renderMarkup(
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${world.width} ${world.height}`}
      width={world.width}
      height={world.height}
      className="map-svg"
      aria-labelledby={`${options.idPrefix}-title`}
    >
      <title id={`${options.idPrefix}-title`}>{options.title}</title>
      <style>{style}</style>
      <defs>
        <pattern id={hatch} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" stroke="#0f172a" strokeWidth="1.6" strokeOpacity="0.55" />
        </pattern>
      </defs>
      <g>
        {world.countries
          .filter((c) => !withPrograms.has(c.id))
          .map((c) => (
            <path key={c.id} className="map-land" fill="#e5e7eb" {...border} d={c.d} />
          ))}
      </g>
      <g>
        {model.countries.map((country) => {
          const d = world.countries.find((c) => c.id === country.id)?.d ?? "";
          const fill = country.classIndex === null ? undefined : model.classes[country.classIndex]?.colour;
          return (
            <a key={country.id} href={options.hrefOf(country)} target={options.target} className="map-link">
              <title>{countryTitle(country)}</title>
              <path className="map-border" fill={fill ?? noFigure} {...border} d={d} />
              {country.inRegion ? <path d={d} fill={`url(#${hatch})`} pointerEvents="none" /> : null}
            </a>
          );
        })}
      </g>
    </svg>,
  );
}
