// The security headers, in one place: next.config.ts sends the static ones, proxy.ts the editors'
// per-request Content-Security-Policy. Plain values, no imports: next.config.ts loads this file
// before the app's path aliases exist.

type Header = { key: string; value: string };

// Two years, subdomains too (ASVS 3.4.1). No `preload`: that asks browsers to hard-code a domain
// list we do not own (the deployment's), and leaving the preload list takes months.
export const hsts = "max-age=63072000; includeSubDomains";

// Nothing here uses a camera, a microphone, geolocation, payments, USB… so nothing may, in any
// frame. `fullscreen=()` too: charts are drawn inline, never full-screen. interest-cohort/browsing-topics: no ad profiling.
export const permissionsPolicy = [
  "accelerometer=()",
  "autoplay=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "fullscreen=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/** On every response: pages, 404s, Next's 500, the API, embeds, chart images and static files. */
export const everyResponseHeaders: Header[] = [
  { key: "Strict-Transport-Security", value: hsts },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: permissionsPolicy },
];

const policy = (directives: string[]) => directives.join("; ");
// Images, fonts and fetches from this site only.
const ownAssets = ["img-src 'self' data: blob:", "font-src 'self'", "connect-src 'self'"];
// What the public and editors' policies refuse alike: plugins, <base>, forms posting elsewhere, framing.
const refusals = ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"];

// Public pages are cached and identical for every reader (next.config.ts), so a per-request nonce
// cannot be used: it would make each page dynamic and differ per response. Hashes cannot be used
// either: Next streams the page's data as inline <script>self.__next_f.push(…)</script> blocks whose
// contents change with the data, so no build-time list of hashes matches them (experimental SRI
// only covers the external chunks). Hence scripts from our origin plus 'unsafe-inline'. What limits
// the risk: React escapes all text, the one dangerouslySetInnerHTML is an SVG we render ourselves
// (lib/charts), public pages read no cookie and host no form, and every page works without
// JavaScript. Inline style attributes (chart swatches, Recharts) need style-src 'unsafe-inline'.
// Everything else is refused: no plugins, no <base>, forms post only to us, no framing.
export const publicContentSecurityPolicy = policy([
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  ...ownAssets,
  ...refusals,
]);

// The editors' area as it is served if proxy.ts did not run for it (a matcher mistake, a bypass):
// no script runs at all. The forms still work, as they do with JavaScript off.
export const editorFallbackContentSecurityPolicy = policy([
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  ...refusals,
]);

/**
 * The editors' area: scripts only with this response's nonce ('strict-dynamic' lets those load
 * the chunks they import). Next reads the nonce from this header on the request and puts it on its
 * own scripts. 'unsafe-eval' only in development, where React needs it for its error overlays.
 */
export function editorContentSecurityPolicy(nonce: string, development = false): string {
  return policy([
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // No 'unsafe-inline' for styles either: the editors' pages set no style="" attribute, and
    // Chromium reports no violation on any of them (tests/e2e/security-headers.spec.ts).
    `style-src 'self' 'nonce-${nonce}'`,
    ...ownAssets,
    ...refusals,
  ]);
}
