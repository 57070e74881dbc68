import "server-only";
// An embed as an HTTP answer. These headers are the embed's whole security envelope: any origin may
// frame it (frame-ancestors *; next.config.ts leaves /embed/* out of its no-framing rule), but it
// may load nothing except our own script and inline styles, and it posts no form anywhere.
// It reads no cookie and sets none, so every reader gets the same, shareable document. Its links
// use siteOrigin() (ATLAS_BASE_URL, else http://localhost:PORT), never the request's Host.
import { createElement } from "react";
import { EmbedMessage, EmbedPage } from "@/components/embed/embed-page";
import { cacheableResponse, PUBLIC_CACHE } from "@/lib/cache/http-cache";
import { renderMarkup } from "@/lib/charts/node-react";
import type { EmbedTheme } from "@/lib/charts/chart-ref";
import { siteOrigin } from "@/lib/security/site-origin";
import { embedCss } from "./embed-css";
import type { EmbedModel } from "./embed-model";

export const EMBED_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; script-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors *";

export const embedHeaders: Record<string, string> = {
  "Content-Type": "text/html; charset=utf-8",
  "Content-Security-Policy": EMBED_CSP,
  "X-Robots-Tag": "noindex",
};

function documentOf(element: unknown): string {
  return `<!DOCTYPE html>${renderMarkup(element)}`;
}

export function renderEmbed(model: EmbedModel): string {
  return documentOf(createElement(EmbedPage, { model, css: embedCss }));
}

export function embedResponse(request: Request, model: EmbedModel): Response {
  return cacheableResponse(request, renderEmbed(model), embedHeaders);
}

function messageResponse(request: Request, status: 404 | 503, theme: EmbedTheme): Response {
  const body = documentOf(createElement(EmbedMessage, { status, siteUrl: `${siteOrigin()}/`, theme, css: embedCss }));
  return new Response(body, { status, headers: { ...embedHeaders, "Cache-Control": status === 404 ? PUBLIC_CACHE : "no-store" } });
}

export function embedNotFound(request: Request, theme: EmbedTheme): Response {
  return messageResponse(request, 404, theme);
}

export function embedUnavailable(request: Request, theme: EmbedTheme): Response {
  return messageResponse(request, 503, theme);
}
