// One colour per program on every chart (pages, embeds, images). Each program prefers the palette
// colour its slug hashes to; 9 colours cannot give every slug its own (Fluidstack and ATOM hash to
// the same purple), so the later-published of two takes a free one (programColours). Colours are
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
 * Programs in the order they take colours: first published first, then by slug. A new publication
 * comes last, so it never repaints an older program; a past day's programs (published by then) come
 * first in today's order, so a past view, a pinned embed and today's charts agree.
 */
export function inColourOrder<T extends { slug: string; publishedAt: Date | null }>(programs: readonly T[]): T[] {
  const time = (program: T) => program.publishedAt?.getTime() ?? Infinity;
  return [...programs].sort((a, b) => time(a) - time(b) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/**
 * A colour for each program of `order` (every program of the view's day, inColourOrder), whichever
 * of them a chart, card or option draws: each takes the colour it prefers unless an earlier one holds
 * it, then the next free one round the palette, so while at most 9 programs are published every
 * program keeps one colour everywhere. Past 9, each next 9 start over, and two programs `drawn`
 * together may prefer one colour: the later one then takes a colour none of the drawn holds (while
 * one is free), so up to 9 programs on one chart never share a colour.
 */
export function programColours(order: Iterable<string>, drawn: Iterable<string> = []): Record<string, string> {
  const size = programPalette.length;
  const ordered = [...new Set(order)];
  const indexes = new Map<string, number>();
  for (let start = 0; start < ordered.length; start += size) {
    const taken = new Set<number>();
    for (const slug of ordered.slice(start, start + size)) {
      let index = hash(slug) % size;
      while (taken.has(index)) index = (index + 1) % size;
      taken.add(index);
      indexes.set(slug, index);
    }
  }
  // Drawn programs in colour order (a Map keeps its insertion order: `ordered`'s).
  const drawnSet = new Set(drawn);
  const together = [...indexes.keys()].filter((slug) => drawnSet.has(slug));
  const used = new Set<number>();
  for (const slug of together) {
    let index = indexes.get(slug)!;
    for (let step = 0; used.has(index) && step < size; step++) index = (index + 1) % size;
    if (!used.has(index)) indexes.set(slug, index);
    used.add(indexes.get(slug)!);
  }
  return Object.fromEntries([...indexes].map(([slug, index]) => [slug, programPalette[index]!]));
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
