// Validates bodies against the OpenAPI document's schemas with ajv (JSON Schema 2020-12, the
// dialect of OpenAPI 3.1). The document's components ride along, so "#/components/…" refs resolve.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";

type Doc = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema?: object; "x-csv-columns"?: string[] }> }> }>
  >;
  components?: object;
};

export function responseValidator(doc: Doc) {
  // strict off: OpenAPI adds keywords JSON Schema does not know (example), and the components ride
  // at the root for the refs.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return (operation: string, status: number, mediaType: string, body: unknown): { valid: boolean; errors: string } => {
    const schema = doc.paths[operation]?.get?.responses[String(status)]?.content?.[mediaType]?.schema;
    if (!schema) return { valid: false, errors: `${operation} documents no ${mediaType} body for ${status}` };
    const validate = ajv.compile({ ...schema, components: doc.components });
    const valid = validate(body);
    return { valid, errors: valid ? "" : ajv.errorsText(validate.errors, { separator: "\n" }) };
  };
}

export function csvColumns(doc: Doc, operation: string): string[] | undefined {
  return doc.paths[operation]?.get?.responses["200"]?.content?.["text/csv"]?.["x-csv-columns"];
}
