import "server-only";
// SVG → PNG with resvg and the DejaVu fonts shipped in node_modules (dejavu-fonts-ttf), not the
// machine's: a server without fonts draws the same image. The paths are resolved from the project
// directory at run time, as node-react.ts does, so the bundler leaves them alone.
import { createRequire } from "node:module";
import path from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import { FONT_FAMILY } from "./layout";
import { withTextChunks } from "./png-chunks";

// Twice the SVG's size: text stays sharp on high-density screens and in print.
export const PNG_SCALE = 2;

const projectRequire = createRequire(path.join(process.cwd(), "package.json"));
let fontFiles: string[] | null = null;

export function shippedFontFiles(): string[] {
  fontFiles ??= ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((file) => projectRequire.resolve(`dejavu-fonts-ttf/ttf/${file}`));
  return fontFiles;
}

export const resvgOptions = () => ({
  font: { fontFiles: shippedFontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  fitTo: { mode: "zoom" as const, value: PNG_SCALE },
  background: "#ffffff",
});

/** The PNG of an image document, with its title and page URL as text chunks. */
export async function renderPng(svg: string, texts: { title: string; source: string }): Promise<Buffer> {
  // renderAsync draws on libuv's thread pool instead of blocking the server's event loop.
  const image = await renderAsync(svg, resvgOptions());
  return withTextChunks(image.asPng(), { Title: texts.title, Source: texts.source });
}
