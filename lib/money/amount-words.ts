// The words and signs an editor may type around an amount ("€1.96 bn", "1.2 lakh crore",
// "500 milliards d'euros", "rund 2 Milliarden Euro", "最大725億円", "2조 5천억 원"), in the languages of
// the sources: English, French, German, Spanish, Italian, Portuguese, Dutch, Japanese, Korean, Chinese. Anything else is an
// unknown word and is reported, never guessed.

// The tables are looked up with what the editor typed: without a prototype, "constructor" or
// "toString" are unknown words like any other, not Object.prototype's functions.
function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

// Powers of ten, by the language of the sources that write them. "billion" is the short scale
// (10^9) as in English-language sources; the long-scale 10^12 words are accepted only where they
// cannot be read as English ("Billionen", "billones", "biljoen"). Japanese, Korean and Chinese
// units (万 10^4, 億/亿/억 10^8, 兆/조 10^12) add up as written: "2조 5천억" is 2.5 × 10^12.
const SCALES_BY_LANGUAGE = {
  en: {
    k: 3,
    thousand: 3,
    thousands: 3,
    lakh: 5,
    lakhs: 5,
    lac: 5,
    lacs: 5,
    m: 6,
    mn: 6,
    mln: 6,
    million: 6,
    millions: 6,
    cr: 7,
    crore: 7,
    crores: 7,
    b: 9,
    bn: 9,
    bln: 9,
    billion: 9,
    billions: 9,
    t: 12,
    tn: 12,
    tr: 12,
    trn: 12,
    trillion: 12,
    trillions: 12,
  },
  fr: { mille: 3, million: 6, millions: 6, md: 9, mds: 9, mrd: 9, mrds: 9, milliard: 9, milliards: 9 },
  de: {
    tausend: 3,
    mio: 6,
    million: 6,
    millionen: 6,
    mrd: 9,
    milliarde: 9,
    milliarden: 9,
    billionen: 12,
  },
  es: { mil: 3, millón: 6, millon: 6, millones: 6, billón: 12, billon: 12, billones: 12 },
  it: { mila: 3, mille: 3, milione: 6, milioni: 6, mln: 6, miliardo: 9, miliardi: 9, mld: 9, mrd: 9 },
  pt: { mil: 3, milhão: 6, milhao: 6, milhões: 6, milhoes: 6, bilhão: 9, bilhao: 9, bilhões: 9, bilhoes: 9, bi: 9, mi: 6 },
  nl: { duizend: 3, mln: 6, miljoen: 6, miljoenen: 6, mld: 9, miljard: 9, miljarden: 9, biljoen: 12 },
  cjk: {
    十: 1,
    百: 2,
    千: 3,
    万: 4,
    萬: 4,
    億: 8,
    亿: 8,
    兆: 12,
    십: 1,
    백: 2,
    천: 3,
    만: 4,
    억: 8,
    조: 12,
  },
} as const satisfies Record<string, Record<string, number>>;

export const SCALE_WORDS = table<number>(Object.assign({}, ...Object.values(SCALES_BY_LANGUAGE)));

// The East Asian units, which add up ("2조 5천억") instead of multiplying only.
export const CJK_SCALE_WORDS = new Set(Object.keys(SCALES_BY_LANGUAGE.cjk));

// Scale words that say which way a lone separator points. In German, Spanish, Italian,
// Portuguese, Dutch and French "4.000" is four thousand and "1,5" one and a half; in English
// "4,000" is four thousand. A word both use ("million") says nothing.
const european = ["fr", "de", "es", "it", "pt", "nl"] as const;
const wordsOf = (languages: readonly (keyof typeof SCALES_BY_LANGUAGE)[]) =>
  new Set(languages.flatMap((language) => Object.keys(SCALES_BY_LANGUAGE[language])));
const englishWords = wordsOf(["en"]);
const europeanWords = wordsOf(european);
export const ENGLISH_ONLY_SCALES = new Set([...englishWords].filter((word) => !europeanWords.has(word)));
export const EUROPEAN_ONLY_SCALES = new Set([...europeanWords].filter((word) => !englishWords.has(word)));

// Signs written before or after the number. "$" alone is the US dollar, as in our sources;
// "¥" alone is the yen (the renminbi is written CN¥, RMB or yuan).
export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ["US$", "USD"],
  ["U.S.$", "USD"],
  ["CA$", "CAD"],
  ["C$", "CAD"],
  ["AU$", "AUD"],
  ["A$", "AUD"],
  ["HK$", "HKD"],
  ["NZ$", "NZD"],
  ["S$", "SGD"],
  ["R$", "BRL"],
  ["CN¥", "CNY"],
  ["$", "USD"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["¥", "JPY"],
  ["₹", "INR"],
  ["₩", "KRW"],
];

// Currency words, one or two words long (compared in lower case).
export const CURRENCY_WORDS = table<string>({
  dollar: "USD",
  dollars: "USD",
  "us dollar": "USD",
  "us dollars": "USD",
  "american dollars": "USD",
  "canadian dollar": "CAD",
  "canadian dollars": "CAD",
  "australian dollars": "AUD",
  "singapore dollars": "SGD",
  euro: "EUR",
  euros: "EUR",
  pound: "GBP",
  pounds: "GBP",
  sterling: "GBP",
  "pounds sterling": "GBP",
  "british pounds": "GBP",
  yen: "JPY",
  "japanese yen": "JPY",
  rupee: "INR",
  rupees: "INR",
  rs: "INR",
  "indian rupees": "INR",
  roupies: "INR",
  won: "KRW",
  "korean won": "KRW",
  "south korean won": "KRW",
  yuan: "CNY",
  renminbi: "CNY",
  rmb: "CNY",
  "chinese yuan": "CNY",
  "swiss franc": "CHF",
  "swiss francs": "CHF",
  "francs suisses": "CHF",
  riyal: "SAR",
  riyals: "SAR",
  "saudi riyals": "SAR",
  dirham: "AED",
  dirhams: "AED",
  "uae dirhams": "AED",
  // German, Spanish, Italian, Portuguese, Dutch.
  dólar: "USD",
  dólares: "USD",
  dollari: "USD",
  "dólares americanos": "USD",
  "amerikaanse dollar": "USD",
  franken: "CHF",
  "schweizer franken": "CHF",
  "franchi svizzeri": "CHF",
  "francos suizos": "CHF",
  "zwitserse frank": "CHF",
  pfund: "GBP",
  libras: "GBP",
  sterline: "GBP",
  "pond sterling": "GBP",
  real: "BRL",
  reais: "BRL",
  yenes: "JPY",
  ienes: "JPY",
  rupias: "INR",
  // Japanese, Korean, Chinese.
  円: "JPY",
  日元: "JPY",
  ドル: "USD",
  米ドル: "USD",
  ユーロ: "EUR",
  원: "KRW",
  달러: "USD",
  유로: "EUR",
  元: "CNY",
  人民币: "CNY",
  人民幣: "CNY",
  美元: "USD",
  欧元: "EUR",
  韩元: "KRW",
  韓元: "KRW",
});

// Words that name no single currency: asking is better than guessing.
export const AMBIGUOUS_CURRENCY_WORDS = table<string>({
  franc: "Which franc? Write CHF or Swiss francs.",
  francs: "Which franc? Write CHF or Swiss francs.",
});

// ISO 4217 codes accepted in lower case too ("usd 5bn"); an unknown upper-case code such as "XYZ"
// is still read as a code, and the rates table decides whether we can use it.
export const KNOWN_CODES = new Set([
  "USD",
  "EUR",
  "GBP",
  "JPY",
  "INR",
  "KRW",
  "CNY",
  "CHF",
  "CAD",
  "SAR",
  "AED",
  "AUD",
  "HKD",
  "NZD",
  "SGD",
  "BRL",
]);

export type Qualifier = "approximate" | "at_least" | "up_to" | "range_start";

// Phrases before the number, longest first when they share a start.
export const LEADING_PHRASES: ReadonlyArray<readonly [string, Qualifier]> = [
  ["up to", "up_to"],
  ["as much as", "up_to"],
  ["a maximum of", "up_to"],
  ["at most", "up_to"],
  ["no more than", "up_to"],
  ["maximum", "up_to"],
  ["max", "up_to"],
  ["jusqu'à", "up_to"],
  ["jusqu'a", "up_to"],
  ["more than", "at_least"],
  ["at least", "at_least"],
  ["in excess of", "at_least"],
  ["upwards of", "at_least"],
  ["no less than", "at_least"],
  ["over", "at_least"],
  ["above", "at_least"],
  ["plus de", "at_least"],
  ["au moins", "at_least"],
  ["minimum", "at_least"],
  ["min", "at_least"],
  ["about", "approximate"],
  ["around", "approximate"],
  ["approximately", "approximate"],
  ["approx", "approximate"],
  ["roughly", "approximate"],
  ["some", "approximate"],
  ["circa", "approximate"],
  ["ca", "approximate"],
  ["nearly", "approximate"],
  ["almost", "approximate"],
  ["close to", "approximate"],
  ["an estimated", "approximate"],
  ["estimated", "approximate"],
  ["environ", "approximate"],
  ["près de", "approximate"],
  ["quelque", "approximate"],
  // German, Spanish, Italian, Portuguese, Dutch.
  ["bis zu", "up_to"],
  ["höchstens", "up_to"],
  ["maximal", "up_to"],
  ["hasta", "up_to"],
  ["fino a", "up_to"],
  ["até", "up_to"],
  ["tot", "up_to"],
  ["maximaal", "up_to"],
  ["mehr als", "at_least"],
  ["über", "at_least"],
  ["mindestens", "at_least"],
  ["más de", "at_least"],
  ["al menos", "at_least"],
  ["oltre", "at_least"],
  ["più di", "at_least"],
  ["almeno", "at_least"],
  ["mais de", "at_least"],
  ["pelo menos", "at_least"],
  ["meer dan", "at_least"],
  ["ruim", "at_least"],
  ["minstens", "at_least"],
  ["ten minste", "at_least"],
  ["rund", "approximate"],
  ["etwa", "approximate"],
  ["ungefähr", "approximate"],
  ["knapp", "approximate"],
  ["fast", "approximate"],
  ["alrededor de", "approximate"],
  ["cerca de", "approximate"],
  ["casi", "approximate"],
  ["unos", "approximate"],
  ["unas", "approximate"],
  ["aproximadamente", "approximate"],
  ["quasi", "approximate"],
  ["intorno a", "approximate"],
  ["quase", "approximate"],
  ["ongeveer", "approximate"],
  ["bijna", "approximate"],
  ["zo'n", "approximate"],
  // Japanese, Korean, Chinese.
  ["最大", "up_to"],
  ["최대", "up_to"],
  ["最多", "up_to"],
  ["超", "at_least"],
  ["超过", "at_least"],
  ["逾", "at_least"],
  ["約", "approximate"],
  ["约", "approximate"],
  ["약", "approximate"],
  ["およそ", "approximate"],
  ["近", "approximate"],
  ["between", "range_start"],
  ["from", "range_start"],
  ["entre", "range_start"],
  ["zwischen", "range_start"],
  ["tra", "range_start"],
  ["fra", "range_start"],
  ["tussen", "range_start"],
  ["von", "range_start"],
  ["de", "range_start"],
];

// Words after the figure that make it a floor ("5 GW or more").
export const TRAILING_AT_LEAST = [
  "or more",
  "and more",
  "and above",
  "or above",
  "plus",
  "et plus",
  "ou plus",
  "oder mehr",
  "o más",
  "o più",
  "ou mais",
  "of meer",
  "以上",
  "이상",
  "多",
];

// Between the two ends of a range. "and"/"et" only after "between"/"entre".
export const RANGE_WORDS = new Set(["to", "à", "a", "through", "–", "-", "bis", "al", "tot", "~", "～"]);
export const RANGE_WORDS_AFTER_BETWEEN = new Set(["and", "et", "und", "y", "e", "en"]);

// Small words between a scale and a currency word: "500 milliards de dollars", "5 bn of dollars".
export const LINK_WORDS = new Set(["de", "of", "d", "des", "di", "van"]);

export const SIGN_QUALIFIERS = table<Qualifier>({
  "~": "approximate",
  "≈": "approximate",
  ">": "at_least",
  "≥": "at_least",
  ">=": "at_least",
  "<": "up_to",
  "≤": "up_to",
  "<=": "up_to",
});

// Every Japanese, Korean or Chinese word above, so that the tokenizer can split "億円" into 億 and 円.
const cjkScript = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
export const CJK_WORDS = new Set(
  [...Object.keys(SCALE_WORDS), ...Object.keys(CURRENCY_WORDS), ...LEADING_PHRASES.map(([phrase]) => phrase), ...TRAILING_AT_LEAST].filter(
    (word) => cjkScript.test(word),
  ),
);
