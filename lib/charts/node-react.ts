import "server-only";
import { createRequire } from "node:module";
import path from "node:path";

// Charts, embeds and images are drawn to static markup on the server, and no charting code ships
// to the client. Next refuses react-dom/server under app/, and the react-server build it bundles
// for server components and route handlers has no class components (recharts needs them), so the
// three modules are loaded by Node from node_modules at run time. The require is created from a
// path the bundler cannot evaluate: created from import.meta.url, Turbopack follows it and bundles
// the react-server build again ("Super expression must either be null or a function").
// Elements made by our own JSX (compiled against the bundled React) render fine through this
// react-dom/server: an element is a plain object tagged with a global Symbol.for(...) key. Only
// components without hooks or context may be rendered this way (tried under `next build`).
const nodeRequire = createRequire(path.join(process.cwd(), "package.json"));

type ReactModule = typeof import("react");
type Recharts = typeof import("recharts");
export type NodeReact = { React: ReactModule; renderToStaticMarkup: (element: unknown) => string; recharts: Recharts };

let libraries: NodeReact | null = null;

export function nodeReact(): NodeReact {
  libraries ??= {
    React: nodeRequire("react") as ReactModule,
    renderToStaticMarkup: (nodeRequire("react-dom/server") as typeof import("react-dom/server"))
      .renderToStaticMarkup as NodeReact["renderToStaticMarkup"],
    recharts: nodeRequire("recharts") as Recharts,
  };
  return libraries;
}

/** Static HTML or SVG markup of an element tree (no hooks, no context). React escapes every text. */
export function renderMarkup(element: unknown): string {
  return nodeReact().renderToStaticMarkup(element);
}
