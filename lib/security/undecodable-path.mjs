// An address whose path is not percent-encoded UTF-8 ("/programs/%ED%A0%80", "/programs/%") names no
// page. Next 16 answers it with a bare 500 when it falls on a dynamic segment: its router decodes the
// segment before any code of ours runs, and the decoding error escapes (vercel/next.js#92527). So the
// preloaded hook (scripts/undecodable-path-hook.mjs) answers such a request itself with a 400.
// Plain JavaScript: it runs in the server process before anything is compiled.

/** Whether the path of a request's target (path and query, as Node gives it) cannot be percent-decoded. */
export function hasUndecodablePath(target) {
  const path = target.split("?", 1)[0];
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

export const undecodablePathAnswer = {
  status: 400,
  headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  body: "Bad request: the address holds a broken percent-encoding (a % not followed by UTF-8 as two hex digits per byte).\n",
};

/** The server's emit, answering a request whose path cannot be decoded before anything else sees it. */
export function refuseUndecodablePaths(emit) {
  return function emitUnlessUndecodable(event, request, response, ...rest) {
    if (event !== "request" || !hasUndecodablePath(request.url ?? "/")) return emit.call(this, event, request, response, ...rest);
    const { status, headers, body } = undecodablePathAnswer;
    response.writeHead(status, headers).end(body);
    return true;
  };
}
