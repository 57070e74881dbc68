// The words and signs an editor may type around an amount ("€1.96 bn", "1.2 lakh crore",
// "500 milliards d'euros"), in English and French, as the sources are written. Anything else is an
// unknown word and is reported, never guessed.

// The tables are looked up with what the editor typed: without a prototype, "constructor" or
// "toString" are unknown words like any other, not Object.prototype's functions.
function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

// Powers of ten. "billion" is the short scale (10^9) as in English-language sources; the French
// "billion" (10^12) is not accepted as such: French sources say "milliard".
export const SCALE_WORDS = table<number>({
  k: 3, thousand: 3, thousands: 3, mille: 3,
  lakh: 5, lakhs: 5, lac: 5, lacs: 5,
  m: 6, mn: 6, mln: 6, mio: 6, million: 6, millions: 6,
  cr: 7, crore: 7, crores: 7,
  b: 9, bn: 9, bln: 9, billion: 9, billions: 9, md: 9, mds: 9, mrd: 9, mrds: 9, milliard: 9, milliards: 9,
  t: 12, tn: 12, tr: 12, trn: 12, trillion: 12, trillions: 12,
});

// Signs written before or after the number. "$" alone is the US dollar, as in our sources;
// "¥" alone is the yen (the renminbi is written CN¥, RMB or yuan).
export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ["US$", "USD"], ["U.S.$", "USD"], ["CA$", "CAD"], ["C$", "CAD"], ["AU$", "AUD"], ["A$", "AUD"], ["HK$", "HKD"],
  ["NZ$", "NZD"], ["S$", "SGD"], ["R$", "BRL"], ["CN¥", "CNY"], ["$", "USD"], ["€", "EUR"], ["£", "GBP"], ["¥", "JPY"],
  ["₹", "INR"], ["₩", "KRW"],
];

// Currency words, one or two words long (compared in lower case).
export const CURRENCY_WORDS = table<string>({
  dollar: "USD", dollars: "USD", "us dollar": "USD", "us dollars": "USD", "american dollars": "USD",
  "canadian dollar": "CAD", "canadian dollars": "CAD", "australian dollars": "AUD", "singapore dollars": "SGD",
  euro: "EUR", euros: "EUR",
  pound: "GBP", pounds: "GBP", sterling: "GBP", "pounds sterling": "GBP", "british pounds": "GBP",
  yen: "JPY", "japanese yen": "JPY",
  rupee: "INR", rupees: "INR", rs: "INR", "indian rupees": "INR", roupies: "INR",
  won: "KRW", "korean won": "KRW", "south korean won": "KRW",
  yuan: "CNY", renminbi: "CNY", rmb: "CNY", "chinese yuan": "CNY",
  "swiss franc": "CHF", "swiss francs": "CHF", "francs suisses": "CHF",
  riyal: "SAR", riyals: "SAR", "saudi riyals": "SAR",
  dirham: "AED", dirhams: "AED", "uae dirhams": "AED",
});

// Words that name no single currency: asking is better than guessing.
export const AMBIGUOUS_CURRENCY_WORDS = table<string>({
  franc: "Which franc? Write CHF or Swiss francs.",
  francs: "Which franc? Write CHF or Swiss francs.",
});

// ISO 4217 codes accepted in lower case too ("usd 5bn"); an unknown upper-case code such as "XYZ"
// is still read as a code, and the rates table decides whether we can use it.
export const KNOWN_CODES = new Set(["USD", "EUR", "GBP", "JPY", "INR", "KRW", "CNY", "CHF", "CAD", "SAR", "AED", "AUD", "HKD", "NZD", "SGD", "BRL"]);

export type Qualifier = "approximate" | "at_least" | "up_to" | "range_start";

// Phrases before the number, longest first when they share a start.
export const LEADING_PHRASES: ReadonlyArray<readonly [string, Qualifier]> = [
  ["up to", "up_to"], ["as much as", "up_to"], ["a maximum of", "up_to"], ["at most", "up_to"], ["no more than", "up_to"],
  ["maximum", "up_to"], ["max", "up_to"], ["jusqu'à", "up_to"], ["jusqu'a", "up_to"],
  ["more than", "at_least"], ["at least", "at_least"], ["in excess of", "at_least"], ["upwards of", "at_least"],
  ["no less than", "at_least"], ["over", "at_least"], ["above", "at_least"], ["plus de", "at_least"], ["au moins", "at_least"],
  ["minimum", "at_least"], ["min", "at_least"],
  ["about", "approximate"], ["around", "approximate"], ["approximately", "approximate"], ["approx", "approximate"],
  ["roughly", "approximate"], ["some", "approximate"], ["circa", "approximate"], ["ca", "approximate"], ["nearly", "approximate"],
  ["almost", "approximate"], ["close to", "approximate"], ["an estimated", "approximate"], ["estimated", "approximate"],
  ["environ", "approximate"], ["près de", "approximate"], ["quelque", "approximate"],
  ["between", "range_start"], ["from", "range_start"], ["entre", "range_start"], ["de", "range_start"],
];

// Words after the figure that make it a floor ("5 GW or more").
export const TRAILING_AT_LEAST = ["or more", "and more", "and above", "or above", "plus", "et plus", "ou plus"];

// Between the two ends of a range. "and"/"et" only after "between"/"entre".
export const RANGE_WORDS = new Set(["to", "à", "a", "through", "–", "-"]);
export const RANGE_WORDS_AFTER_BETWEEN = new Set(["and", "et"]);

// Small words between a scale and a currency word: "500 milliards de dollars", "5 bn of dollars".
export const LINK_WORDS = new Set(["de", "of", "d", "des"]);

export const SIGN_QUALIFIERS = table<Qualifier>({
  "~": "approximate", "≈": "approximate", ">": "at_least", "≥": "at_least", ">=": "at_least", "<": "up_to", "≤": "up_to", "<=": "up_to",
});
