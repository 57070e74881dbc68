// Plain-language views of the OpenAPI document for the /developers page: operations in order, and
// a parameter's accepted values in words. Pure functions of the document, so the page can never
// describe an API other than the one the document (and the handlers) define.
type Schema = {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  items?: Schema;
  default?: unknown;
  minimum?: number;
  description?: string;
  pattern?: string;
};
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Response = { description: string; content?: Record<string, unknown>; headers?: Record<string, unknown> };
type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  responses: Record<string, Response>;
};
export type OpenApiLike = { paths?: Record<string, { get?: Operation } | undefined> };

export type ParameterView = {
  name: string;
  in: string;
  required: boolean;
  values: string;
  defaultValue: string | null;
  description: string;
};
export type OperationView = {
  id: string;
  path: string;
  tag: string;
  summary: string;
  description: string | null;
  parameters: ParameterView[];
  formats: string[];
  responses: { status: string; description: string }[];
};

/** "json | csv", "YYYY-MM-DD", "repeatable: planned | overdue", "whole number ≥ 1", "text". */
export function describeValues(schema: Schema | undefined): string {
  if (!schema) return "text";
  if (schema.type === "array") return `repeatable: ${describeValues(schema.items)}`;
  if (schema.enum) return schema.enum.map(String).join(" | ");
  if (schema.format === "date") return "YYYY-MM-DD";
  if (schema.format === "uri") return "URL";
  if (schema.type === "integer") return schema.minimum === undefined ? "whole number" : `whole number ≥ ${schema.minimum}`;
  if (schema.pattern === "^[a-z0-9]+(-[a-z0-9]+)*$") return "slug (a-z, 0-9, -)";
  return "text";
}

function describeParameter(parameter: Parameter): ParameterView {
  const fallback = parameter.schema?.default;
  return {
    name: parameter.name,
    in: parameter.in,
    required: parameter.required ?? false,
    values: describeValues(parameter.schema),
    defaultValue: fallback === undefined ? null : String(fallback),
    description: parameter.description ?? parameter.schema?.description ?? "",
  };
}

export function describeOperations(doc: OpenApiLike): OperationView[] {
  return Object.entries(doc.paths ?? {}).flatMap(([path, item]) => {
    const operation = item?.get;
    if (!operation) return [];
    return [
      {
        id: operation.operationId ?? path,
        path,
        tag: operation.tags?.[0] ?? "Other",
        summary: operation.summary ?? path,
        description: operation.description ?? null,
        parameters: (operation.parameters ?? []).map(describeParameter),
        formats: Object.keys(operation.responses["200"]?.content ?? {}),
        responses: Object.entries(operation.responses).map(([status, response]) => ({ status, description: response.description })),
      },
    ];
  });
}
