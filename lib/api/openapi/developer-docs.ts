// The /developers page's content: the document's operations grouped by tag, each with its first
// successful stored example as a curl command.
import { describeOperations, type OpenApiLike, type OperationView } from "./describe";
import { openApiDocument } from "./document";
import { apiExamples, exampleUrl, type ExampleRequest } from "./examples";

const tagTitles: Record<string, string> = { Data: "Data endpoints", Charts: "Chart images", oEmbed: "oEmbed" };

export type DocGroup = { tag: string; title: string; operations: { operation: OperationView; example: ExampleRequest | null }[] };

export function developerDocs(): DocGroup[] {
  const operations = describeOperations(openApiDocument() as unknown as OpenApiLike);
  const tags = [...new Set(operations.map((o) => o.tag))];
  return tags.map((tag) => ({
    tag,
    title: tagTitles[tag] ?? tag,
    operations: operations
      .filter((o) => o.tag === tag)
      .map((operation) => ({ operation, example: apiExamples.find((e) => e.operation === operation.path && e.status === 200) ?? null })),
  }));
}

/** A copyable command; images are saved to a file instead of printed to the terminal. */
export function curlCommand(origin: string, example: ExampleRequest): string {
  const url = `${origin}${exampleUrl(example, origin)}`;
  const image = /format=(png|svg)/.exec(example.query ?? "");
  return image ? `curl -o chart.${image[1]} '${url}'` : `curl '${url}'`;
}
