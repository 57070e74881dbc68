// The API's query strings are strict where the pages are lenient: a value the schema refuses is a
// 400 naming the parameter, not a silent default. One zod object per endpoint (lib/schemas/api)
// both validates here and documents the parameters in the OpenAPI document, so the two agree.
// Array fields take a repeated key (?status=a&status=b); every other field must appear at most
// once. Parameters the endpoint does not know are ignored (a cache-busting ?_=… stays harmless).
import { z } from "zod";
import { groupParams } from "@/lib/dashboard/search-params";
import { ApiProblem } from "./respond";

function isList(field: z.ZodType): boolean {
  let current: z.ZodType = field;
  // Optional and default wrappers hold the real type in innerType.
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.def.innerType as z.ZodType;
  return current instanceof z.ZodArray;
}

export function parseQuery<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>, request: Request): z.output<z.ZodObject<Shape>> {
  const values = groupParams(new URL(request.url).searchParams);
  const input: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const given = values.get(key);
    if (!given) continue;
    if (isList(field as z.ZodType)) input[key] = given;
    else if (given.length > 1) throw badParameter(key, "give it once");
    else input[key] = given[0];
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw badParameter(String(issue.path[0] ?? "query"), issue.message);
}

export function badParameter(name: string, problem: string): ApiProblem {
  return new ApiProblem(400, "bad_request", `Invalid query parameter "${name}": ${problem}.`);
}
