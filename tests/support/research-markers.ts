// Words that only research notes use: a public text containing one shows a note written for editors,
// a seed file's name or the research file itself. Built from what the notes in ../shared/data and
// the seed mapping actually contain (issue 14, item 3).
export const RESEARCH_MARKERS: readonly RegExp[] = [
  /do not publish/i,
  /do not add/i,
  /do not sum/i,
  /no public evidence/i,
  /in the material read/i,
  /\bseed \d{3}\b/i,
  /\bgraines? \d{3}\b/i,
  /\bseeds? document/i,
  /\bseed claims?\b/i,
  /\b\d{3}_[0-9a-f]{16}\.txt\b/,
  /\.txt\b/,
  /programs(_notes)?\.(json|md)/,
  /updates_2026/,
  /fx_rates\.json/,
  /\bUNVERIFIED\b/,
  /\bINCORRECT\b/,
  /\bVerification:/,
  /not a real milestone/i,
  /research file/i,
  /\bI (found|recorded|marked|kept)\b/,
];

export type MarkerHit = { surface: string; marker: string; excerpt: string };

/** Every marker found in a surface's text, each with a short excerpt around it. */
export function findResearchMarkers(surface: string, text: string, extra: readonly string[] = []): MarkerHit[] {
  const hits: MarkerHit[] = [];
  for (const marker of RESEARCH_MARKERS) {
    const match = marker.exec(text);
    if (match) hits.push({ surface, marker: String(marker), excerpt: text.slice(Math.max(0, match.index - 60), match.index + 60) });
  }
  for (const note of extra) {
    const at = text.indexOf(note);
    if (at >= 0) hits.push({ surface, marker: "editor note", excerpt: note.slice(0, 120) });
  }
  return hits;
}
