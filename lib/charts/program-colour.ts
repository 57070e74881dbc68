// One colour per program, the same on every chart (pages, embeds, images): picked from a fixed
// palette by a hash of the program's slug, so it never depends on which programs a chart shows.
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

export function programColour(slug: string): string {
  return programPalette[hash(slug) % programPalette.length]!;
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
