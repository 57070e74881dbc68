// Wrapping text into lines of an SVG image. SVG has no text flow, so lines are cut here, from the
// advance widths of DejaVu Sans (the font every image is drawn with). Widths are rounded up and
// kerning is ignored, so a line may end a little early but never runs past the right margin (a
// test measures real renderings with resvg).

// Advance widths of printable ASCII (U+0020–U+007E) in hundredths of an em, rounded up, read from
// the shipped DejaVuSans.ttf and DejaVuSans-Bold.ttf (their hmtx tables).
const regular = [
  32, 41, 46, 84, 64, 96, 78, 28, 40, 40, 50, 84, 32, 37, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84, 84, 84, 54, 100, 69,
  69, 70, 78, 64, 58, 78, 76, 30, 30, 66, 56, 87, 75, 79, 61, 79, 70, 64, 62, 74, 69, 99, 69, 62, 69, 40, 34, 40, 84, 50, 50, 62, 64, 55,
  64, 62, 36, 64, 64, 28, 28, 58, 28, 98, 64, 62, 64, 64, 42, 53, 40, 64, 60, 82, 60, 60, 53, 64, 34, 64, 84,
];
const bold = [
  35, 46, 53, 84, 70, 101, 88, 31, 46, 46, 53, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84, 84, 84, 59, 100, 78,
  77, 74, 84, 69, 69, 83, 84, 38, 38, 78, 64, 100, 84, 86, 74, 86, 78, 73, 69, 82, 78, 111, 78, 73, 73, 46, 37, 46, 84, 50, 50, 68, 72, 60,
  72, 68, 44, 72, 72, 35, 35, 67, 35, 105, 72, 69, 72, 72, 50, 60, 48, 72, 66, 93, 65, 66, 59, 72, 37, 72, 84,
];
// Anything else (accented letters, "≈", "€", other scripts) counts as a wide character.
const OTHER = 90;
// A no-break space is as wide as a space; figures put one between a number and its unit.
const NO_BREAK_SPACE = 0xa0;

function charWidth(char: string, table: readonly number[]): number {
  const code = char.codePointAt(0)!;
  if (code === NO_BREAK_SPACE) return table[0]! / 100;
  return (code >= 32 && code < 127 ? table[code - 32]! : OTHER) / 100;
}

// Lines break at whitespace, but never at a no-break space (U+00A0), which JavaScript's \s would
// match: "$320\u00a0M" and "₹10,371.92\u00a0crore" stay whole.
const BREAKABLE_SPACE = /[^\S\u00a0]+/;

/** The pieces a line may break between. */
export function unbreakableWords(text: string): string[] {
  return text.split(BREAKABLE_SPACE).filter(Boolean);
}

export type TextStyle = { fontSize: number; bold?: boolean };

/** The width a line takes, in pixels, by the estimate above. */
export function estimateWidth(text: string, style: TextStyle): number {
  const table = style.bold ? bold : regular;
  let ems = 0;
  for (const char of text) ems += charWidth(char, table);
  return ems * style.fontSize;
}

// A word longer than a whole line (a long URL) is cut into pieces that each fit.
function splitLongWord(word: string, maxWidth: number, style: TextStyle): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const char of word) {
    if (piece && estimateWidth(piece + char, style) > maxWidth) {
      pieces.push(piece);
      piece = "";
    }
    piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

/**
 * Lines of at most `maxWidth` pixels; whitespace runs (newlines included) become single spaces. A
 * no-break space joins its neighbours into one word, cut only if that word is wider than a line.
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle): string[] {
  const words = unbreakableWords(text).flatMap((word) => splitLongWord(word, maxWidth, style));
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateWidth(candidate, style) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  return line ? [...lines, line] : lines;
}
