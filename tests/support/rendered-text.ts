// What a reader can read in a rendered answer (HTML, SVG, JSON, CSV), for the research-marker scan
// of the e2e public-surface check: entities and JSON escapes decoded, and a second reading with the
// tags taken out and the spaces collapsed, so a note split by markup ("Do not <b>publish</b>") or
// kept in an attribute (an image's alt text, an SVG <title>) is found too.
import { findResearchMarkers, type MarkerHit } from "./research-markers";

const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function decodeEntities(text: string): string {
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/g, (entity, name: string) => named[name] ?? entity);
}

/** The body as decoded text, and the same with the markup taken out. */
export function readableTexts(body: string): [string, string] {
  const decoded = decodeEntities(body);
  const words = decodeEntities(body.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ");
  return [decoded, words];
}

/** Every research marker in a rendered answer, once per marker. */
export function markersInRendered(surface: string, body: string): MarkerHit[] {
  const hits = readableTexts(body).flatMap((text) => findResearchMarkers(surface, text));
  return hits.filter((hit, i) => hits.findIndex((other) => other.marker === hit.marker) === i);
}
