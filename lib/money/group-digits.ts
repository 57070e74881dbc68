// Digits grouped by threes with commas, on the string: no float ever holds the figure.

/** "103719200000.5" → "103,719,200,000.5". */
export function groupDigits(decimal: string): string {
  const [whole = "", fraction] = decimal.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
