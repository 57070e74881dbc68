import { errorCodes } from "@/lib/schemas/api/common";

const codeMeanings: Record<(typeof errorCodes)[number], string> = {
  bad_request: "400: a parameter is malformed or not one of its values; the message names it.",
  not_found: "404: no such program (or not yet public on the asOf day), or an oEmbed url that is not a chart of this site.",
  method_not_allowed: "405: the API is read-only (GET, HEAD, OPTIONS).",
  rate_limited: "429: too many requests from your address this minute; wait Retry-After seconds.",
  not_implemented: "501: an oEmbed format other than json.",
  service_unavailable: "503: the data is briefly unavailable; retry shortly.",
};

// The header as the API sends it; a const so the sentence around it wraps within 140 characters.
const cacheControl = "Cache-Control: public, max-age=0, s-maxage=30, stale-while-revalidate=30";

/** What holds for every endpoint: envelope, errors, past views, caching, CORS and the rate limit. */
export function Conventions({ rateLimit, origin }: { rateLimit: number; origin: string }) {
  return (
    <section aria-labelledby="conventions" className="mt-8">
      <h2 id="conventions" className="text-xl font-bold">
        How the API behaves
      </h2>
      <dl className="mt-3 grid gap-3 max-w-prose">
        <div>
          <dt className="font-semibold">Answers</dt>
          <dd>
            JSON by default, as <code>{'{ "data": … }'}</code>. Tabular endpoints also answer <code>format=csv</code>: a file with a header
            line, one line per record, each with its source. Every figure carries its source.
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Errors</dt>
          <dd>
            Always <code>{'{ "error": { "code": …, "message": … } }'}</code>, never a stack trace:
            <ul className="mt-1 list-disc pl-5">
              {errorCodes.map((code) => (
                <li key={code}>
                  <code>{code}</code>, {codeMeanings[code]}
                </li>
              ))}
            </ul>
            The API is strict where the pages are lenient: an unknown format or status, or a malformed date, is a 400 rather than a default.
            The exceptions are
            <code> /api/v1/compare</code> and the chart images, whose chart options are read as the pages (such as{" "}
            <a className="underline" href="/compare">
              Compare
            </a>
            ) read them, so every chart&apos;s download link keeps matching its chart.
          </dd>
        </div>
        <div>
          <dt className="font-semibold">
            Past views: <code>asOf</code>
          </dt>
          <dd>
            Every data and image endpoint takes <code>asOf=YYYY-MM-DD</code> (oEmbed reads it from the chart URL): only what was public, and
            published here, by the end of that day (UTC), exactly as the site&apos;s pages show it with the same parameter. Today or a later
            day is the live view.
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Caching</dt>
          <dd>
            Answers carry <code>{cacheControl}</code> and a weak <code>ETag</code>: a shared cache (a CDN) may hold an answer up to 60 s, so
            a new publication reaches you within a minute. Send the ETag back as <code>If-None-Match</code> and an unchanged answer comes
            back as <code>304 Not Modified</code> with no body, so polling is cheap.
          </dd>
        </div>
        <div>
          <dt className="font-semibold">CORS</dt>
          <dd>
            Open to every origin for reading (<code>Access-Control-Allow-Origin: *</code>); scripts may read <code>ETag</code>,{" "}
            <code>Retry-After</code> and <code>Content-Disposition</code>. No cookies are read.
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Rate limit</dt>
          <dd>
            {rateLimit} requests per minute per client address on this server. Over it, <code>429</code> with <code>Retry-After</code>{" "}
            (seconds).
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Machine-readable</dt>
          <dd>
            The OpenAPI 3.1 document:{" "}
            <a className="underline" href="/api/v1/openapi.json">
              <code>{origin}/api/v1/openapi.json</code>
            </a>
            . This page is rendered from it.
          </dd>
        </div>
      </dl>
    </section>
  );
}
