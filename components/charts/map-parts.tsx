import { namedPrograms, mapLegendNotes, type MapModel, type MapProgram } from "@/lib/charts/map-model";
import { countryAnchor, ownPrograms, regionAnchor } from "@/lib/charts/map-rows";
import { SourceCitation } from "@/components/dashboard/source-citation";

// The map's legend and its list of countries: shared by the /map page and the embed, so both say
// the same. Plain markup (no hooks): the embed renders it to static HTML.

export function MapLegend({ model }: { model: MapModel }) {
  return (
    <div className="map-legend mt-3 text-sm" data-testid="map-legend">
      {model.classes.length > 0 && (
        <ul aria-label="Colour classes" className="legend flex flex-wrap gap-x-4 gap-y-1">
          {model.classes.map((c) => (
            <li key={c.label} className="flex items-center gap-2">
              <span aria-hidden="true" className="swatch inline-block h-3 w-6 rounded-sm" style={{ background: c.colour }} />
              {c.label}
            </li>
          ))}
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="swatch inline-block h-3 w-6 rounded-sm" style={{ background: "#94a3b8" }} />
            program, no figure on this scale
          </li>
        </ul>
      )}
      <ul className="notes mt-2 list-disc space-y-1 pl-5 text-slate-600 dark:text-slate-300" aria-label="About this map">
        {mapLegendNotes(model).map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}

function ProgramItem({ program, origin }: { program: MapProgram; origin: string }) {
  return (
    <li>
      <a href={`${origin}/programs/${program.slug}`} className="underline">
        {program.name}
      </a>
      : {program.figure ?? "no figure on this scale"}
      {program.source && (
        <>
          {" "}
          (<SourceCitation source={program.source} />)
        </>
      )}
    </li>
  );
}

/** A place's programs, past LISTED_PER_PLACE the largest and a count of the rest (the map's CSV lists every one). */
function ProgramItems({ programs, origin }: { programs: readonly MapProgram[]; origin: string }) {
  const { shown, more } = namedPrograms(programs);
  return (
    <ul className="ml-4 list-disc">
      {shown.map((p) => (
        <ProgramItem key={p.slug} program={p} origin={origin} />
      ))}
      {more > 0 && <li>and {more} more programs, each in this map’s CSV download</li>}
    </ul>
  );
}

/** Every country with its own programs, then each region with its programs; the map's countries link here. */
export function MapCountryList({ model, origin = "" }: { model: MapModel; origin?: string }) {
  const countries = model.countries.filter((c) => ownPrograms(c).length > 0);
  if (countries.length === 0 && model.regions.length === 0) return <p data-testid="map-empty">No program matches these options.</p>;
  return (
    <ul className="map-countries mt-4 grid gap-2 sm:grid-cols-2" aria-label="Countries and their programs" data-testid="map-countries">
      {countries.map((country) => (
        <li key={country.id} id={countryAnchor(country)} className="scroll-mt-4">
          <strong>{country.name}</strong>
          <ProgramItems programs={ownPrograms(country)} origin={origin} />
        </li>
      ))}
      {model.regions.map((region) => (
        <li key={region.name} id={regionAnchor(region.name)} className="scroll-mt-4">
          <strong>{region.name} (region program, drawn hatched over its members)</strong>
          <ProgramItems programs={region.programs} origin={origin} />
        </li>
      ))}
    </ul>
  );
}
