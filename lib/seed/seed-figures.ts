// Every number in the five seed documents, by hand, each with the row that stores it or the reason
// it is out of scope. Quotes are verbatim (typographic apostrophes included); `figure` is the
// number as printed, found inside `quote`. Digits that are part of names (Industrie 4.0,
// ChatGPT-5, B2B), list numbering and page-template indices are not figures and are left out.
import { keys } from "./keys";
import type { SeedCode } from "./seed-documents";

/** A figure of one seed document: the row that stores it (`key`), or why it is out of scope. */
type FigureOf = { figure: string; quote: string } & ({ key: string } | { outOfScope: string });

export type SeedFigure = { seed: SeedCode } & FigureOf;

/** One seed document's figures, in its order. */
function figuresOf(seed: SeedCode, figures: FigureOf[]): SeedFigure[] {
  return figures.map((figure) => ({ seed, ...figure }));
}

const atom = "us-atom-project";
const genesis = "us-genesis-mission";
const fluidstack = "fr-fluidstack-ai-supercomputer";
const stargate = "us-stargate";
const eurohpc = "eu-eurohpc-ai-factories-investai";

const genesisChallenges = keys.milestone(genesis, "Identify at least 20 national science and technology challenges (Sec. 4)");
const genesisCapability = keys.milestone(
  genesis,
  "Demonstrate initial operating capability of the Platform for at least one challenge (Sec. 3(e))",
);
const fluidstackEur = keys.funding(fluidstack, "Initial investment for Phase 1");
const stargateUsd = keys.funding(stargate, "Stated investment intention over four years");
const eurohpcSeedMoney = keys.funding(eurohpc, "Seed 004 claim: Europe invests €1.96bn in 'usines à IA'");
const eurohpcSeedCompute = keys.capacity(eurohpc, "Seed 004 claim: AI factories with 16 exaflops");
const deepSeek = "DeepSeek's reported training cost, not one of the five programs.";
const sap = "SAP's own investment plan, not one of the five programs (and unverified: SAP announced over €20bn).";
const horizon = "Horizon Europe start-up funding, not one of the five programs.";
const rhetoric = "Promotional rhetoric, not a milestone: no event or deliverable is due.";
const notCapacity = "Not capacity (only compute, power and accelerators are) and confirmed by no source: left out of the seed.";
const usShare = "Share of global AI compute held by US firms: context, not a program figure.";
const berlin = "Altman's TU Berlin talk (actually 7 Feb 2025) was about a hypothetical Stargate Europe, not the US Stargate program.";

export const seedFigures: readonly SeedFigure[] = [
  // 000 — ATOM
  ...figuresOf("000", [
    {
      figure: "d’ici 2025",
      quote: "asseoir la domination américaine dans les outils d’intelligence artificielle d’ici 2025",
      outOfScope: rhetoric,
    },
    {
      figure: "200 à 300 millions de dollars",
      quote: "un budget colossal de 200 à 300 millions de dollars",
      key: keys.funding(atom, "Seed 000 claim: initial budget"),
    },
    {
      figure: "1,5 milliard",
      quote: "jusqu’à 1,5 milliard de dollars dans les cinq prochaines années",
      key: keys.funding(atom, "Seed 000 claim: amplification over five years"),
    },
    {
      figure: "1 exaFLOP",
      quote: "des supercalculateurs de 1 exaFLOP sont déployés",
      key: keys.capacity(atom, "Seed 000 claim: 1-exaFLOP supercomputers 'deployed'"),
    },
    {
      figure: "10 milliards de paramètres",
      quote: "comptant plus de 10 milliards de paramètres",
      key: keys.capacity(atom, "Seed 000 claim: models with more than 10 billion parameters"),
    },
    { figure: "500 emplois", quote: "Avec 500 emplois hautement qualifiés à la clé", outOfScope: notCapacity },
    { figure: "50 publications", quote: "50 publications scientifiques majeures", outOfScope: notCapacity },
    { figure: "10 modèles", quote: "10 modèles open source performants", outOfScope: notCapacity },
  ]),
  // 001 — Genesis deadlines
  ...figuresOf("001", [
    { figure: "60 jours", quote: "En 60 jours, le DOE doit proposer au moins 20 « défis nationaux »", key: genesisChallenges },
    {
      figure: "au moins 20",
      quote: "En 60 jours, le DOE doit proposer au moins 20 « défis nationaux »",
      key: genesisChallenges,
    },
    { figure: "60 jours", quote: "En 60 jours → Publier la liste des « défis nationaux »", key: genesisChallenges },
    {
      figure: "90 jours",
      quote: "En 90 jours → Réaliser un inventaire complet des ressources fédérales en calcul, réseau et stockage",
      key: keys.milestone(genesis, "Identify federal computing, storage and networking resources for the Mission (Sec. 3(b))"),
    },
    {
      figure: "120",
      quote: "En 120 jours → Fournir les actifs initiaux de modèles et de données",
      key: keys.milestone(genesis, "Identify initial data and model assets and plan for incorporating datasets (Sec. 3(c))"),
    },
    {
      figure: "240",
      quote: "En 240 jours → Cartographier tous les laboratoires robotisés et installations automatisées",
      key: keys.milestone(genesis, "Review capabilities across DOE labs for robotic laboratories and production facilities (Sec. 3(d))"),
    },
    {
      figure: "270",
      quote: "En 270 jours → Démontrer une capacité opérationnelle initiale dans au moins un des défis nationaux",
      key: genesisCapability,
    },
    {
      figure: "9 mois",
      quote: "déployer un système complet de boucle scientifique alimentée par l’IA en 9 mois",
      key: genesisCapability,
    },
    {
      figure: "dix",
      quote: "au cours des dix prochaines années",
      outOfScope: "Rhetorical ten-year horizon of the article, not a dated target of the program.",
    },
  ]),
  // 002 — Genesis partners
  ...figuresOf("002", [
    { figure: "24, 2025", quote: "déc. 24, 2025", key: keys.source("SEED002") },
    { figure: "0", quote: "0 comments", outOfScope: "Page furniture (comment counter)." },
    {
      figure: "24 organisations",
      quote: "officialisant des partenariats avec 24 organisations majeures",
      key: keys.milestone(genesis, "MOUs signed with 24 organisations"),
    },
    {
      figure: "17 laboratoires",
      quote: "17 laboratoires nationaux (représentant 40 000 chercheurs)",
      key: keys.capacity(genesis, "National laboratories integrated"),
    },
    {
      figure: "40 000",
      quote: "17 laboratoires nationaux (représentant 40 000 chercheurs)",
      key: keys.capacity(genesis, "DOE scientists, engineers and technical staff drawn on"),
    },
    {
      figure: "50 milliards de dollars",
      quote: "AWS promet jusqu'à 50 milliards de dollars d'infrastructures",
      key: keys.funding(genesis, "AWS investment in AI/HPC capacity for U.S. government agencies"),
    },
  ]),
  // 003 — Fluidstack
  ...figuresOf("003", [
    {
      figure: "10,3 milliards de dollars",
      quote: "estimé à 10,3 milliards de dollars (10 milliards d’euros)",
      key: fluidstackEur,
    },
    { figure: "10 milliards d’euros", quote: "estimé à 10,3 milliards de dollars (10 milliards d’euros)", key: fluidstackEur },
    {
      figure: "1 gigawatt",
      quote: "fournir jusqu’à 1 gigawatt (GW) de puissance dédiée à l’IA",
      key: keys.capacity(fluidstack, "Dedicated AI compute power"),
    },
    {
      figure: "10 milliards d’euros",
      quote: "Ce projet de 10 milliards d’euros incarne l’ambition de la France",
      key: fluidstackEur,
    },
    {
      figure: "500 000 puces",
      quote: "La première phase du projet hébergera près de 500 000 puces d’IA de nouvelle génération",
      key: keys.capacity(fluidstack, "Next-generation AI chips (Phase 1, 'ultimately')"),
    },
    {
      figure: "2017",
      quote: "des efforts soutenus depuis 2017",
      outOfScope: "France's national AI effort since 2017, not the Fluidstack program.",
    },
    { figure: "4.5/5 (28)", quote: "Ça vous a plu ? 4.5/5 (28)", outOfScope: "Reader rating widget." },
    { figure: "10 milliards d’euros", quote: "10 milliards d’euros, c’est quand même énorme!", key: fluidstackEur },
  ]),
  // 004 — Stargate, EuroHPC and side claims
  ...figuresOf("004", [
    {
      figure: "500 milliards de dollars",
      quote: "soutenue par des investissements prévus de 500 milliards de dollars",
      key: stargateUsd,
    },
    {
      figure: "500 milliards de dollars",
      quote: "Des investissements de 500 milliards de dollars sont prévus",
      key: stargateUsd,
    },
    {
      figure: "500 milliards d’euros",
      quote: "compenser, au moins partiellement, l’investissement américain de 500 milliards d’euros",
      key: keys.funding(stargate, "Seed 004 variant: 'investissement américain de 500 milliards d'euros'"),
    },
    {
      figure: "5,6 millions de dollars",
      quote: "investit un montant relativement modeste de 5,6 millions de dollars",
      outOfScope: deepSeek,
    },
    {
      figure: "5,6 millions de dollars",
      quote: "développé avec un budget relativement modeste de 5,6 millions de dollars",
      outOfScope: deepSeek,
    },
    {
      figure: "1,96 milliard d'euros",
      quote: "L'Europe investit 1,96 milliard d'euros dans des « usines à IA »",
      key: eurohpcSeedMoney,
    },
    {
      figure: "1,96 milliard d'euros",
      quote: "à hauteur de 1,96 milliard d'euros pour les « usines à IA »",
      key: eurohpcSeedMoney,
    },
    {
      figure: "70 %",
      quote: "les entreprises américaines contrôlent 70 % de la capacité de calcul mondiale",
      outOfScope: usShare,
    },
    {
      figure: "70 %",
      quote: "les entreprises américaines détiennent environ 70 % de la capacité de calcul mondiale",
      outOfScope: usShare,
    },
    {
      figure: "16 exaflops",
      quote: "puissantes usines à IA dotées d'une puissance de calcul de 16 exaflops",
      key: eurohpcSeedCompute,
    },
    {
      figure: "16 exaflops",
      quote: "EuroHPC, d'une puissance de 16 exaflops, est en cours de développement",
      key: eurohpcSeedCompute,
    },
    {
      figure: "16 exaflops",
      quote: "les « usines à IA » dotées d'une puissance de calcul de 16 exaflops doivent être mises en place rapidement",
      key: eurohpcSeedCompute,
    },
    { figure: "16 exaflops", quote: "EuroHPC avec 16 exaflops", key: eurohpcSeedCompute },
    {
      figure: "16 exaflops",
      quote: "Les « usines à IA », dotées d'une puissance de calcul de 16 exaflops, constituent une étape importante",
      key: eurohpcSeedCompute,
    },
    {
      figure: "2024",
      quote: "ont adopté une feuille de route commune en matière d'IA en 2024",
      outOfScope: "Franco-German AI roadmap, not one of the five programs.",
    },
    {
      figure: "2024",
      quote: "L'alliance franco-allemande pour l'IA (Feuille de route 2024)",
      outOfScope: "Franco-German AI roadmap, not one of the five programs.",
    },
    {
      figure: "40 milliards d'euros",
      quote: "L'industrie bénéficie de 40 milliards d'euros d'investissements de SAP",
      outOfScope: sap,
    },
    {
      figure: "40 milliards d’euros",
      quote: "comme SAP, qui prévoit un investissement de 40 milliards d’euros",
      outOfScope: sap,
    },
    {
      figure: "40 milliards d'euros",
      quote: "L'investissement de 40 milliards d'euros que SAP prévoit d'investir",
      outOfScope: sap,
    },
    { figure: "un milliard d'euros par an", quote: "à hauteur d'un milliard d'euros par an", outOfScope: horizon },
    {
      figure: "un milliard d'euros",
      quote: "Un financement annuel d'un milliard d'euros pour les entreprises de pointe en IA",
      outOfScope: horizon,
    },
    { figure: "8 février 2025", quote: "à l'Université technique de Berlin le 8 février 2025", outOfScope: berlin },
    { figure: "8 février 2025", quote: "Le 8 février 2025, à l’Université technique de Berlin", outOfScope: berlin },
    {
      figure: "centaines de milliards",
      quote: "Microsoft et Amazon investissent des centaines de milliards chaque année dans l'IA",
      outOfScope: "Big Tech's yearly AI spending: context, not a program figure.",
    },
    {
      figure: "+49 89 89 674 804",
      quote: "m'appeler au +49 89 89 674 804 (Munich)",
      outOfScope: "The consultancy's phone number.",
    },
    { figure: "360°", quote: "développement commercial à 360°", outOfScope: "Marketing phrase of the consultancy." },
  ]),
];

/** Apostrophes and spaces vary between the seeds and programs.json; compare without them mattering. */
export function normalizeQuote(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/[\u00a0\u202f\s]+/g, " ")
    .trim();
}
