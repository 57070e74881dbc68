// One response shape for the public API: data on success, { error: { code, message } } otherwise.
export type ApiErrorCode = "not_found" | "bad_request" | "service_unavailable";

const jsonHeaders = {
  "Content-Type": "application/json; charset=utf-8",
  "Access-Control-Allow-Origin": "*",
};

export function apiData(data: unknown, init: { maxAge?: number } = {}): Response {
  return new Response(JSON.stringify({ data }), {
    status: 200,
    headers: { ...jsonHeaders, "Cache-Control": `public, max-age=0, s-maxage=${init.maxAge ?? 60}, stale-while-revalidate=300` },
  });
}

export function apiError(status: number, code: ApiErrorCode, message: string): Response {
  return new Response(JSON.stringify({ error: { code, message } }), {
    status,
    headers: { ...jsonHeaders, "Cache-Control": "no-store" },
  });
}

/** Runs a read; an unexpected failure is logged and answered with a generic 503, never a stack. */
export async function withApiErrors(read: () => Promise<Response>): Promise<Response> {
  try {
    return await read();
  } catch (error) {
    console.error("API read failed:", error instanceof Error ? error.message : error);
    return apiError(503, "service_unavailable", "The data is temporarily unavailable. Please retry shortly.");
  }
}
