// The five French seed documents the product was specified from. Their texts live outside the
// repository (../shared/seeds), so what the seed needs from them is written down here; a unit test
// checks these titles and the quotes in seed-figures.ts against the texts when they are present.
import type { SourceReliability } from "../generated/prisma/client";

export type SeedCode = "000" | "001" | "002" | "003" | "004";

export type SeedDocument = {
  code: SeedCode;
  ref: string; // the id programs.json gives it
  file: string;
  title: string; // first meaningful line of the text (see firstMeaningfulLine)
  publisher: string;
  published: string; // same conventions as programs.json ("undated …" → no date)
  reliability: SourceReliability; // the notes' seed reliability table
  reliabilityNote: string;
};

export const seedDocuments: readonly SeedDocument[] = [
  {
    code: "000",
    ref: "SEED000",
    file: "000_e4abc40b01102996.txt",
    title: "Projet ATOM : Leadership américain et systèmes ouverts en intelligence artificielle",
    publisher: "Unknown (French promotional web text)",
    published: "undated",
    reliability: "unreliable",
    reliabilityNote: "Keyword-stuffed promotional text: mostly fabricated figures; only the general aim is right.",
  },
  {
    code: "001",
    ref: "SEED001",
    file: "001_c6a336683d0d1885.txt",
    title: "Décryptage du dernier « Projet Genèse » de la Maison Blanche : repenser le système de recherche américaine grâce à l'IA",
    publisher: "TechFlow (translation of an 'Ask Perplexity' text)",
    published: "undated (late Nov 2025 by content)",
    reliability: "low",
    reliabilityNote: "Translation of an AI-generated explainer: deadlines correct, some overstatement.",
  },
  {
    code: "002",
    ref: "SEED002",
    file: "002_d23f113d7bf3cd91.txt",
    title: "La Mission Genesis, ou quand les Avengers de l'IA s'allient à l'État américain",
    publisher: "Blog post by Conrad (after The Rundown newsletter)",
    published: "2025-12-24 (page dated 'déc. 24, 2025')",
    reliability: "secondary",
    reliabilityNote: "Blog post: largely accurate; presents AWS's up-to-$50bn as a Genesis contribution, which is misleading.",
  },
  {
    code: "003",
    ref: "SEED003",
    file: "003_4c1ec05d7a530788.txt",
    title:
      "La France s’apprête à franchir une étape majeure dans le domaine de l’intelligence artificielle (IA) " +
      "avec un projet ambitieux qui pourrait bien transformer son paysage technologique.",
    publisher: "French news site (name not recorded)",
    published: "undated (Feb 2025 by content)",
    reliability: "secondary",
    reliabilityNote: "News article: accurate to the press release, including its minister-name typo; USD conversion approximate.",
  },
  {
    code: "004",
    ref: "SEED004",
    file: "004_97d9190cd5420414.txt",
    title: "Stargate Europe – Les modèles d'IA avec Deepseek et Stargate montrent les chances de l'Europe dans la course à l'IA",
    publisher: "Xpert.Digital (Konrad Wolfenstein)",
    published: "2025-02-08 (date of the English original)",
    reliability: "low",
    reliabilityNote: "Consultancy blog translation: USD 500bn correct but once mis-stated as EUR; €1.96bn and 16 EF unverified.",
  },
];

export function seedDocumentByFile(file: string): SeedDocument {
  const found = seedDocuments.find((doc) => doc.file === file);
  if (!found) throw new Error(`Unknown seed document: ${file}`);
  return found;
}

export function seedDocumentByCode(code: SeedCode): SeedDocument {
  const found = seedDocuments.find((doc) => doc.code === code);
  if (!found) throw new Error(`Unknown seed document: ${code}`);
  return found;
}

// Page furniture that comes before the real title in scraped pages.
const FURNITURE = /^(top nav|en bref\b|icône du site|\|)/i;

/**
 * The first line of a seed text that reads as a title: not blank, not page furniture, at least
 * four words. A paragraph (no separate title, as in seed 003) is cut to its first sentence.
 */
export function firstMeaningfulLine(text: string): string | null {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || FURNITURE.test(line) || line.split(/\s+/).length < 4) continue;
    if (line.length <= 200) return line;
    const sentence = line.match(/^.+?[.!?](?=\s)/)?.[0];
    return sentence ?? line.slice(0, 200);
  }
  return null;
}
