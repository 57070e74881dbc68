// Guessing a web source's kind and language from its publisher, reliability text and URL. The
// research file records neither; these rules reproduce what an analyst reading the list would pick.
import type { SourceKind } from "../generated/prisma/client";
import type { RawWebSource } from "./input-schema";

const TRADE_PRESS = new RegExp(
  [
    "trade press",
    "FedScoop",
    "DatacenterDynamics",
    "TechRadar",
    "HotHardware",
    "Tom's Hardware",
    "RCR Wireless",
    "ETCentric",
    "Evertiq",
    "TechSpot",
    "The Decoder",
    "ExecutiveGov",
    "MeriTalk",
    "TechInformed",
    "POWER Magazine",
    "insideAI",
    "DCmag",
    "Clubic",
    "Silicon\\.fr",
    "Generation NT",
    "BABL AI",
    "The Recursive",
    "AI Core News",
    "Kodefied",
    "Granted",
    "Sightline",
    "FrenchWeb",
  ].join("|"),
  "i",
);

// First match wins. Rules read "publisher | reliability"; titles are only checked for "release", as
// they often mention other kinds of page ("summary of DeepMind blog").
const KIND_RULES: Array<[RegExp, SourceKind]> = [
  [/blog|personal notes|Interconnects|natolambert|Thorsten Meyer|Xpert\.Digital/i, "blog"],
  [/grants database|Data Portal|statistical release|\bFRED\b/i, "dataset"],
  [/release|newswire/i, "press_release"],
  [/^(Federal Register|EuroHPC JU|European Parliament|European Commission|Digital Skills and Jobs|US DOE)/i, "official_document"],
  [/law-firm|Akin Gump|AIP FYI|Consulting|GovernmentReporter|commentary/i, "analysis"],
  [TRADE_PRESS, "trade_press"],
];

// Where the rules would mislead: OpenAI's own announcement page is a company release; two articles
// that merely cite a release are not releases themselves.
const KIND_OVERRIDES: Record<string, SourceKind> = { S_OPENAI_PRIMARY: "press_release", G_JAPAN: "news", F_SIGHTLINE: "trade_press" };

export function sourceKindOf(source: RawWebSource): SourceKind {
  const override = KIND_OVERRIDES[source.id];
  if (override) return override;
  const text = `${source.publisher} | ${source.reliability}`;
  const matched = KIND_RULES.find(([pattern]) => pattern.test(text))?.[1];
  if (matched) return matched;
  return /\brelease\b/i.test(source.title) || source.url.includes("/press/") ? "press_release" : "news";
}

const FRENCH_PUBLISHERS = /Clubic|FrenchWeb|DCmag|BFMTV|Generation NT|Silicon\.fr/i;

/**
 * "en" unless the page is obviously in another language: a French publisher, a .fr host or a /fr/
 * path (the EIB page), Der Tagesspiegel (German) and the ZAKER syndication app (Chinese).
 */
export function sourceLanguageOf(source: RawWebSource): string {
  if (FRENCH_PUBLISHERS.test(source.publisher)) return "fr";
  const url = new URL(source.url);
  if (url.hostname.endsWith(".fr") || url.pathname.startsWith("/fr/")) return "fr";
  if (/Tagesspiegel/i.test(source.publisher)) return "de";
  if (/ZAKER/i.test(source.publisher)) return "zh";
  return "en";
}
