// Source rows: every source object in programs.json (deduplicated by its id, which becomes `ref`),
// the five seed documents, and the statistical sources of fx_rates.json.
import type { FxFile, FxSource, RawProgram, RawSource, RawWebSource } from "./input-schema";
import { reliabilityFrom } from "./classify";
import { readerSourceTitle } from "./reader-text";
import { parseDateText } from "./dates";
import { idOf, keys } from "./keys";
import type { SourceRow } from "./row-types";
import { seedDocumentByFile, seedDocuments, type SeedDocument } from "./seed-documents";
import { sourceKindOf, sourceLanguageOf } from "./source-kind";

/** Every source object anywhere in a program (budgets, figures, milestones, partners, seeds…). */
export function sourcesIn(program: RawProgram): RawSource[] {
  const lists = [
    program.sources,
    program.leadOrganisation.sources,
    program.status.sources,
    ...program.budgets.map((b) => b.sources),
    ...program.computeFigures.map((f) => f.sources),
    ...program.milestones.map((m) => m.sources),
    ...program.partners.map((p) => p.sources),
    ...program.seedClaims.map((c) => c.sources),
  ];
  return lists.flat();
}

/** The ref a source object is stored under: seed documents by their file, web pages by their id. */
export function refOf(source: RawSource): string {
  return source.type === "seed" ? seedDocumentByFile(source.seedFile).ref : source.id;
}

export function sourceIdOf(source: RawSource): string {
  return idOf(keys.source(refOf(source)));
}

/**
 * The one source a claim, milestone or participation cites: the first primary source of its list,
 * else the first. A list with no source at all is a broken research file.
 */
export function pickSource(sources: RawSource[], what: string): string {
  const primary = sources.find((s) => s.type === "web" && reliabilityFrom(s.reliability) === "primary");
  const chosen = primary ?? sources[0];
  if (!chosen) throw new Error(`No source for ${what}`);
  return sourceIdOf(chosen);
}

function published(text: string | null) {
  const parsed = parseDateText(text);
  return { publishedOn: parsed?.date ?? null, publishedPrecision: parsed?.precision ?? null, publishedNote: text };
}

export function webSourceRow(source: RawWebSource): SourceRow {
  return {
    id: idOf(keys.source(source.id)),
    ref: source.id,
    kind: sourceKindOf(source),
    url: source.url,
    seedDocument: null,
    title: readerSourceTitle(source.title),
    publisher: source.publisher,
    ...published(source.published),
    language: sourceLanguageOf(source),
    reliability: reliabilityFrom(source.reliability),
    reliabilityNote: source.reliability,
  };
}

function seedDocumentRow(doc: SeedDocument): SourceRow {
  return {
    id: idOf(keys.source(doc.ref)),
    ref: doc.ref,
    kind: "seed_document",
    url: null,
    seedDocument: doc.file,
    title: doc.title,
    publisher: doc.publisher,
    ...published(doc.published),
    language: "fr",
    reliability: doc.reliability,
    reliabilityNote: doc.reliabilityNote,
  };
}

// A statistical source is primary when some rate row cites it as "primary" (the Fed's own G.5A
// release); mirrors, quotations and pages that merely state a peg are secondary.
function fxSourceRow(source: FxSource, fx: FxFile): SourceRow {
  const verifications = fx.rates.filter((r) => r.source?.id === source.id).map((r) => r.verification);
  return {
    id: idOf(keys.source(source.id)),
    ref: source.id,
    kind: "dataset",
    url: source.url,
    // The GBP citation has no URL on record; the database requires a URL or a document, so it is
    // pinned to the data file that records it rather than to an invented address.
    seedDocument: source.url ? null : "fx_rates.json",
    title: source.title,
    publisher: source.publisher,
    ...published(source.published),
    language: "en",
    reliability: verifications.includes("primary") ? "primary" : "secondary",
    reliabilityNote: [...new Set(verifications)].join("; ") || source.method || null,
  };
}

export function mapSources(programs: RawProgram[], fx: FxFile): SourceRow[] {
  const web = new Map<string, RawWebSource>();
  for (const source of programs.flatMap(sourcesIn)) {
    if (source.type === "web" && !web.has(source.id)) web.set(source.id, source);
  }
  const fxSources = new Map<string, FxSource>();
  for (const source of [...fx.sources, ...fx.rates.flatMap((r) => [r.source, ...(r.alternates ?? []).map((a) => a.source)])]) {
    if (source && !fxSources.has(source.id)) fxSources.set(source.id, source);
  }
  return [
    ...seedDocuments.map(seedDocumentRow),
    ...[...web.values()].map(webSourceRow),
    ...[...fxSources.values()].map((s) => fxSourceRow(s, fx)),
  ];
}
