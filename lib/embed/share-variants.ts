// What the "Share this chart" toolbar offers for one chart, computed on the server so the browser
// needs no chart-ref or zod code: the download links, and every embed variant (live or pinned, in
// each theme) as ready-made snippets. The client part only picks one of them.
//
// "Pinned" is the chart as shown: pinned to the page's past-view date when there is one, else to
// today (a pin kept as written, see chart-ref.ts). "Live" is the same chart without a pin.
import {
  asOfOf,
  dataPath,
  defaultEmbedHeight,
  embedPath,
  embedThemes,
  imagePath,
  pagePath,
  withPin,
  type ChartRef,
  type EmbedTheme,
} from "@/lib/charts/chart-ref";
import { iframeSnippet, scriptSnippet } from "./snippets";
import { toIsoDay } from "@/lib/core/dates";

export type SharePin = "live" | "pinned";

export type EmbedVariant = {
  pin: SharePin;
  theme: EmbedTheme;
  /** Same-origin path of the embed, for the preview. */
  previewPath: string;
  iframe: string;
  script: string;
};

export type ShareDownload = { format: "png" | "svg" | "csv" | "json"; label: string; href: string };

export type ShareModel = {
  title: string;
  height: number;
  pinnedOn: string;
  downloads: ShareDownload[];
  variants: EmbedVariant[];
};

export type ShareInput = { ref: ChartRef; origin: string; title: string; today: string };

function variant(ref: ChartRef, pin: SharePin, theme: EmbedTheme, input: ShareInput): EmbedVariant {
  const snippet = {
    origin: input.origin,
    embedPath: embedPath(ref, theme),
    imagePath: imagePath(ref, "png"),
    pagePath: pagePath(ref),
    title: input.title,
    height: defaultEmbedHeight(ref),
  };
  return { pin, theme, previewPath: snippet.embedPath, iframe: iframeSnippet(snippet), script: scriptSnippet(snippet) };
}

export function shareModel(input: ShareInput): ShareModel {
  const { ref } = input;
  const pinnedOn = asOfOf(ref) ?? input.today;
  const versions: [SharePin, ChartRef][] = [
    ["live", withPin(ref, null)],
    ["pinned", withPin(ref, pinnedOn)],
  ];
  return {
    title: input.title,
    height: defaultEmbedHeight(ref),
    pinnedOn,
    downloads: [
      { format: "png", label: "PNG", href: imagePath(ref, "png") },
      { format: "svg", label: "SVG", href: imagePath(ref, "svg") },
      { format: "csv", label: "CSV", href: dataPath(ref, "csv") },
      { format: "json", label: "JSON", href: dataPath(ref, "json") },
    ],
    variants: versions.flatMap(([pin, version]) => embedThemes.map((theme) => variant(version, pin, theme, input))),
  };
}

/** Today's date as pins write it (UTC, like parseAsOf). */
export function todayIso(now: Date = new Date()): string {
  return toIsoDay(now);
}
