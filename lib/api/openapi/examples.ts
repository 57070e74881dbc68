// Example requests of every documented operation, kept next to the document: the /developers page
// shows the first one of each as a curl command, and tests/integration/api-contract.test.ts calls
// them all against a seeded database and checks each answer against the document.
export type ExampleRequest = {
  /** The documented path template, e.g. /api/v1/programs/{slug}. */
  operation: string;
  /** Values of the template's path parameters. */
  path?: Record<string, string>;
  /** "{origin}" stands for the site's own origin, percent-encoded (oEmbed takes a URL of the site). */
  query?: string;
  /** The status the seeded database answers with. */
  status: number;
};

/** The examples of one operation, in order (the first 200 is the one /developers shows). */
function examplesOf(operation: string, examples: Omit<ExampleRequest, "operation">[]): ExampleRequest[] {
  return examples.map((example) => ({ operation, ...example }));
}

export const apiExamples: ExampleRequest[] = [
  ...examplesOf("/api/v1/programs", [
    { status: 200 },
    { query: "format=csv", status: 200 },
    { query: "asOf=2025-06-30", status: 200 },
    { query: "limit=2", status: 200 },
    { query: "limit=2&cursor=2025-01-21.stargate", status: 200 },
    { query: "format=xml", status: 400 },
    { query: "limit=501", status: 400 },
    { query: "format=csv&limit=2", status: 400 },
  ]),
  ...examplesOf("/api/v1/program-names", [
    { query: "q=star", status: 200 },
    { query: "q=", status: 400 },
  ]),
  ...examplesOf("/api/v1/programs/{slug}", [
    { path: { slug: "stargate" }, status: 200 },
    { path: { slug: "genesis-mission" }, query: "asOf=2025-12-31", status: 200 },
    { path: { slug: "genesis-mission" }, query: "asOf=2025-06-30", status: 404 },
    { path: { slug: "no-such-program" }, status: 404 },
  ]),
  ...examplesOf("/api/v1/compare", [
    { query: "metric=money&currency=usd", status: 200 },
    { query: "metric=power&claims=all&format=csv", status: 200 },
    { query: "program=stargate&program=fluidstack-france&currency=original&claims=all&unverified=1", status: 200 },
    { query: "asOf=2025-02-30", status: 400 },
  ]),
  ...examplesOf("/api/v1/milestones", [
    { query: "program=stargate", status: 200 },
    { query: "status=overdue&format=csv", status: 200 },
    { query: "asOf=2025-06-30", status: 200 },
    { query: "status=late", status: 400 },
  ]),
  ...examplesOf("/api/v1/organisations", [{ status: 200 }, { query: "format=csv", status: 200 }]),
  ...examplesOf("/api/v1/sources", [{ status: 200 }, { query: "format=csv&asOf=2025-06-30", status: 200 }]),
  ...examplesOf("/api/v1/charts/compare", [
    { query: "metric=money&format=png", status: 200 },
    { query: "format=svg", status: 200 },
  ]),
  ...examplesOf("/api/v1/charts/timeline", [{ query: "program=stargate&format=svg", status: 200 }]),
  ...examplesOf("/api/v1/charts/map", [
    { query: "metric=money&format=svg", status: 200 },
    { query: "metric=power&format=csv", status: 200 },
    { query: "format=csv", status: 200 },
    { query: "format=json", status: 200 },
    { query: "format=gif", status: 400 },
  ]),
  ...examplesOf("/api/v1/charts/program/{slug}", [
    { path: { slug: "stargate" }, query: "chart=funding&format=png", status: 200 },
    { path: { slug: "no-such-program" }, query: "format=svg", status: 404 },
  ]),
  ...examplesOf("/api/oembed", [
    { query: "url={origin}%2Fcompare&format=json", status: 200 },
    { query: "url={origin}%2Fcompare&format=xml", status: 501 },
    { query: "url={origin}%2Fadmin", status: 404 },
  ]),
];

/** The address of an example, relative to the site (what curl and the tests request). */
export function exampleUrl(example: ExampleRequest, origin: string): string {
  const path = example.operation.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(example.path?.[name] ?? ""));
  const query = example.query?.replaceAll("{origin}", encodeURIComponent(origin));
  return query ? `${path}?${query}` : path;
}
