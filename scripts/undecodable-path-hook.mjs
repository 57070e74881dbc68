// Preloaded into the Next server by scripts/start.ts (node --import), last, so outermost: a request
// whose path cannot be percent-decoded gets a 400 before the front cache or Next sees it
// (lib/security/undecodable-path.mjs says why Next would answer 500).
import http from "node:http";
import { refuseUndecodablePaths } from "../lib/security/undecodable-path.mjs";

http.Server.prototype.emit = refuseUndecodablePaths(http.Server.prototype.emit);
