import "server-only";
// The map as one image document: the map, its colour classes, what the colours mean, a one-line
// source and the permalink (the full list of figures and sources stays on the page and in the CSV).
import { countryHref } from "@/lib/charts/map-rows";
import { mapLegendNotes, type MapModel } from "@/lib/charts/map-model";
import { renderMapSvg } from "@/lib/charts/map-svg";
import type { MapData } from "@/lib/data/map";
import type { ImageContext } from "./compare-image";
import { describeCompareParams } from "./compare-image";
import { footerBlocks, noteBlock, titleBlocks } from "./document-parts";
import { CONTENT_WIDTH, FONT_FAMILY, renderDocument, type Block } from "./layout";
import { escapeXml } from "./xml";

const SWATCH_ROW = 26;

/** The colour classes as swatches with their labels, two columns. */
export function classesSvg(model: MapModel): string {
  const column = CONTENT_WIDTH / 2;
  const height = Math.ceil(model.classes.length / 2) * SWATCH_ROW;
  const items = model.classes.map((c, i) => {
    const x = (i % 2) * column;
    const y = Math.floor(i / 2) * SWATCH_ROW;
    return (
      `<rect x="${x}" y="${y + 4}" width="32" height="16" fill="${c.colour}" stroke="#94a3b8" stroke-width="0.5"/>` +
      `<text x="${x + 42}" y="${y + 17}" font-family="${FONT_FAMILY}" font-size="15" fill="#0f172a">${escapeXml(c.label)}</text>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CONTENT_WIDTH} ${height}" width="` +
    `${CONTENT_WIDTH}" height="${height}">${items.join("")}</svg>`
  );
}

export function composeMapImage(data: MapData, context: ImageContext): string {
  const page = new URL(context.permalink);
  const svg = renderMapSvg(data.map, {
    idPrefix: "img-map",
    title: context.title,
    hrefOf: (country) => countryHref(country, page.origin, page.pathname + page.search),
  });
  const blocks: Block[] = [
    ...titleBlocks(context.title, describeCompareParams(data.params, context.dataDay)),
    ...(data.map.countries.length === 0 ? [noteBlock("No program matches these options.", 24)] : []),
    { type: "chart", markup: svg, gapBefore: 16 },
    ...(data.map.classes.length > 0 ? [{ type: "chart", markup: classesSvg(data.map), gapBefore: 12 } as Block] : []),
    ...mapLegendNotes(data.map).map((note) => noteBlock(note, 8)),
    ...footerBlocks(
      context.dataDay,
      context.permalink,
      // The figures the map lists: each program's largest, with its source.
      [...data.map.countries, ...data.map.regions].flatMap((place) => place.programs.map((program) => program.source)),
    ),
  ];
  return renderDocument({
    title: context.title,
    description: `${context.title}. Data as of ${context.dataDay}. ${context.permalink}`,
    blocks,
  });
}
