// Preloaded into the Next server by scripts/start.ts (node --import). Next gives route handlers
// and server actions the request's headers but not its socket, and it keeps a client's own
// X-Forwarded-For as it is; so every incoming request gets the TCP peer's address in a header of
// ours, replacing any value the client sent. lib/security/client-address.ts reads it.
// Plain JavaScript: it runs in Next's process before anything is compiled.
import http from "node:http";

const header = "x-atlas-peer-address";
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function emitWithPeer(event, request, ...rest) {
  if (event === "request" || event === "upgrade") request.headers[header] = request.socket?.remoteAddress ?? "";
  return emit.call(this, event, request, ...rest);
};
