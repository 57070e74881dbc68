// A cursor over the tokens of a typed amount, with the look-ups parseAmount needs: phrases
// ("up to", "près de") and currencies written as a sign, a code or one to three words.
import { AMBIGUOUS_CURRENCY_WORDS, CURRENCY_WORDS, KNOWN_CODES, SCALE_WORDS } from "./amount-words";
import type { Token } from "./amount-tokens";

/** A problem with what the editor typed; its message is shown to them as is. */
export class AmountError extends Error {}

export function lower(token: Token): string {
  return token.kind === "word" ? token.lower : token.text;
}

export class Reader {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.pos + offset];
  }
  done(): boolean {
    return this.pos >= this.tokens.length;
  }
  advance(count = 1): void {
    this.pos += count;
  }

  /** Length in tokens of the first phrase that starts here, or 0. */
  phrase(phrases: readonly string[]): number {
    for (const phrase of phrases) {
      const words = phrase.split(" ");
      if (
        words.every((word, i) => {
          const token = this.peek(i);
          return token !== undefined && (token.kind === "word" || token.kind === "sign") && lower(token) === word;
        })
      )
        return words.length;
    }
    return 0;
  }

  /** A currency written here (sign, code, or one to three words), consumed; else null. */
  currency(): string | null {
    const token = this.peek();
    if (token === undefined) return null;
    if (token.kind === "symbol") {
      this.advance();
      return token.code;
    }
    if (token.kind !== "word") return null;
    for (const length of [3, 2, 1]) {
      const words = Array.from({ length }, (_, i) => this.peek(i));
      if (words.some((w) => w === undefined || w.kind !== "word")) continue;
      const code = CURRENCY_WORDS[words.map((w) => lower(w!)).join(" ")];
      if (code !== undefined) {
        this.advance(length);
        return code;
      }
    }
    const ambiguous = AMBIGUOUS_CURRENCY_WORDS[token.lower];
    if (ambiguous !== undefined) throw new AmountError(ambiguous);
    if (/^[A-Z]{3}$/.test(token.text) || KNOWN_CODES.has(token.text.toUpperCase())) {
      if (SCALE_WORDS[token.lower] !== undefined && !KNOWN_CODES.has(token.text.toUpperCase())) return null;
      this.advance();
      return token.text.toUpperCase();
    }
    return null;
  }
}
