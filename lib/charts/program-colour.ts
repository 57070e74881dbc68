// One colour per program on every chart (pages, embeds, images). Each program prefers the palette
// colour its slug hashes to; 9 colours cannot give every slug its own (Fluidstack and ATOM hash to
// the same purple), so the later-announced of two takes a free one (programColours). Colours are
// assigned over every program known on the view's day, not over those a chart draws: a set that
// changed with the options moved Fluidstack from purple (money) to green (accelerators, where ATOM
// is drawn too). (Ranking by value instead would repaint every program whenever a figure changed.)
// Every colour keeps at least 3:1 contrast (WCAG's bar for graphics) against the light page
// (#ffffff) and the dark one (#0f172a), so one colour serves both themes and the exported images.
export const programPalette = [
  "#2563eb", // blue
  "#c2410c", // orange
  "#0f766e", // teal
  "#9333ea", // purple
  "#db2777", // pink
  "#4d7c0f", // green
  "#a16207", // amber
  "#0284c7", // sky
  "#64748b", // slate
] as const;

// FNV-1a: small, stable across runs and platforms (unlike any built-in hash).
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The colour a program prefers (its colour whenever no other program of the view holds it). */
export function programColour(slug: string): string {
  return programPalette[hash(slug) % programPalette.length]!;
}

/**
 * A colour for each program, given every program a view may draw in announcement order (oldest
 * first, as every loader lists them), not only the ones it draws: so a program keeps its colour
 * whichever of the others a chart, card or option happens to draw. Each program takes the colour it
 * prefers unless an earlier-announced one holds it, then the next free one round the palette; so a
 * newly announced program never repaints an older one, and up to 9 programs never share a colour.
 * Past 9, each next 9 start over (a tenth program must share; labels and tables name every bar).
 */
export function programColours(slugsByAnnouncement: Iterable<string>): Record<string, string> {
  const size = programPalette.length;
  const ordered = [...new Set(slugsByAnnouncement)];
  const colours: Record<string, string> = {};
  for (let start = 0; start < ordered.length; start += size) {
    const taken = new Set<number>();
    for (const slug of ordered.slice(start, start + size)) {
      let index = hash(slug) % size;
      while (taken.has(index)) index = (index + 1) % size;
      taken.add(index);
      colours[slug] = programPalette[index]!;
    }
  }
  return colours;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (at: number) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
