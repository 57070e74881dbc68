// oEmbed (https://oembed.com) for our charts: a consumer (a CMS, a blog engine) sends a chart URL
// of this site and gets back `type: "rich"` with the iframe snippet to paste.
//
// Sizes. Our embeds are fluid: the iframe is `width:100%` of whatever box the consumer gives it.
// `width` answers min(maxwidth, 680), 680 px being the width the charts are drawn for (the site's
// chart column); the iframe's style gets the same `max-width`, so the HTML never exceeds a
// maxwidth it was given. `height` is min(maxheight, the embed's reserved height): a smaller
// maxheight is honoured as the iframe's height, and /embed.js, where the consumer keeps it, then
// resizes to the chart.
//
// Acceptance. `url` must parse as an absolute http(s) URL, without credentials, of exactly our
// origin (site-origin.ts; scheme included) and name a chart (parseChartUrl): anything else is
// "not found", including `javascript:` and other schemes, other hosts and ports, and paths that
// only look like ours (the URL parser resolves dot segments first).
import { oembedQuery } from "@/lib/schemas/api/query";
import type { OembedResponse } from "@/lib/schemas/api/oembed";
import { defaultEmbedHeight, embedPath, imagePath, pagePath, parseChartUrl, type ChartRef, type EmbedTheme } from "@/lib/charts/chart-ref";
import { iframeSnippet } from "./snippets";

export const OEMBED_WIDTH = 680;
/** Seconds a consumer may keep an answer: the HTML is an iframe of the embed, which stays current itself. */
export const OEMBED_CACHE_AGE = 86_400;
export const PROVIDER_NAME = "Compute Atlas";

export type OembedQuery = { url: string; maxwidth: number | null; maxheight: number | null };

export type OembedQueryError = { status: 400 | 501; code: "bad_request" | "not_implemented"; message: string };

/** The query, or the error to answer: 400 for a missing or bad value, 501 for a format other than json. */
export function parseOembedQuery(query: URLSearchParams): { ok: true; query: OembedQuery } | { ok: false; error: OembedQueryError } {
  // As in /api/v1, a parameter given twice is refused rather than read by its first value.
  const repeated = ["url", "maxwidth", "maxheight", "format"].find((key) => query.getAll(key).length > 1);
  if (repeated) return { ok: false, error: { status: 400, code: "bad_request", message: `${repeated}: give it once` } };
  const value = (key: string) => query.get(key) ?? undefined;
  const parsed = oembedQuery.safeParse({
    url: value("url"),
    maxwidth: value("maxwidth"),
    maxheight: value("maxheight"),
    format: value("format"),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") ?? "query";
    const message = issue?.message.startsWith(where) ? issue.message : `${where}: ${issue?.message ?? "invalid"}`;
    return { ok: false, error: { status: 400, code: "bad_request", message } };
  }
  const { url, maxwidth, maxheight, format } = parsed.data;
  // An empty format= is no format: json, the default.
  if (format !== undefined && format !== "" && format !== "json") {
    return { ok: false, error: { status: 501, code: "not_implemented", message: "Only format=json is available." } };
  }
  return {
    ok: true,
    query: {
      url,
      maxwidth: maxwidth === undefined ? null : Number(maxwidth),
      maxheight: maxheight === undefined ? null : Number(maxheight),
    },
  };
}

/** The chart an oEmbed `url` names, when it is a chart URL of `origin`; null otherwise. */
export function acceptChartUrl(url: string, origin: string, today: Date = new Date()): { ref: ChartRef; theme: EmbedTheme } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  if (parsed.username !== "" || parsed.password !== "") return null;
  if (parsed.origin !== origin) return null;
  return parseChartUrl(parsed, today);
}

type AnswerInput = { ref: ChartRef; theme: EmbedTheme; origin: string; title: string; maxwidth: number | null; maxheight: number | null };

export function buildOembedAnswer(input: AnswerInput): OembedResponse {
  const { ref, origin } = input;
  const width = Math.min(input.maxwidth ?? OEMBED_WIDTH, OEMBED_WIDTH);
  const reserved = defaultEmbedHeight(ref);
  const height = Math.min(input.maxheight ?? reserved, reserved);
  const snippet = iframeSnippet({
    origin,
    embedPath: embedPath(ref, input.theme),
    imagePath: imagePath(ref, "png"),
    pagePath: pagePath(ref),
    title: input.title,
    height,
  });
  return {
    version: "1.0",
    type: "rich",
    title: input.title,
    html: snippet.replace('style="width:100%;', `style="width:100%;max-width:${width}px;`),
    width,
    height,
    provider_name: PROVIDER_NAME,
    provider_url: `${origin}/`,
    cache_age: OEMBED_CACHE_AGE,
  };
}
