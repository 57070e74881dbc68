import { cacheableResponse } from "@/lib/cache/http-cache";
import { openApiDocument } from "@/lib/api/openapi/document";
import { publicGet } from "@/lib/api/public-get";

export { OPTIONS, POST, PUT, PATCH, DELETE } from "@/lib/api/public-get";

// Every answer reads the database (or the rate limit) at request time; nothing is prerendered.
export const dynamic = "force-dynamic";

// The document itself, not wrapped in { data }: tools (Swagger UI, code generators) read it as is.
export const GET = publicGet(async (request: Request) =>
  cacheableResponse(request, JSON.stringify(openApiDocument()), { "Content-Type": "application/json; charset=utf-8" }),
);
