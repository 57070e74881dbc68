/** "1 program", "5 programs": a count with its noun, for nouns whose plural adds an s. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
