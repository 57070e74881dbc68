// One colour per program on every chart (pages, embeds, images). Each program prefers the palette
// colour its slug hashes to, so it mostly keeps one colour from view to view; but 9 colours cannot
// give every slug its own (Fluidstack and ATOM hashed to the same purple), so within the set of
// programs one view draws (programColours) a program whose colour is taken takes a free one. Up to
// 9 programs on screen never share a colour, and every panel, legend and image of that view agree,
// because they all assign from the same set. (Ranking by value instead would repaint every
// program whenever a figure changed; this moves only the programs that collide.)
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
 * A colour for each program of a view, distinct while the view has at most 9 programs: every
 * program whose preferred colour is free keeps it, then each of the others takes the next free one
 * round the palette (so a collision moves one program, not a chain of them). Past 9 the palette
 * starts over for the next 9 (a tenth program must share; labels and the table name every bar).
 */
export function programColours(slugs: Iterable<string>): Record<string, string> {
  const size = programPalette.length;
  const sorted = [...new Set(slugs)].sort();
  const colours: Record<string, string> = {};
  for (let start = 0; start < sorted.length; start += size) {
    const group = sorted.slice(start, start + size);
    const taken = new Set<number>();
    const waiting: string[] = [];
    for (const slug of group) {
      const index = hash(slug) % size;
      if (taken.has(index)) {
        waiting.push(slug);
        continue;
      }
      taken.add(index);
      colours[slug] = programPalette[index]!;
    }
    for (const slug of waiting) {
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
