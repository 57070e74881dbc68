// The shipped fonts, for tests that draw with resvg. Not a test file.
import { Resvg } from "@resvg/resvg-js";
import { resvgOptions } from "@/lib/images/png";

/** Parses (and lays out) an SVG document as the PNG route does; throws on a malformed one. */
export function parseWithResvg(svg: string): Resvg {
  return new Resvg(svg, resvgOptions());
}
