// A path Next cannot percent-decode gets a 400 from the preloaded hook, not Next's bare 500.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { hasUndecodablePath } from "../../../lib/security/undecodable-path.mjs";

describe("undecodable paths", () => {
  it("are those with a % not followed by UTF-8 as hex pairs; the query is not their business", () => {
    for (const path of ["/programs/%ED%A0%80", "/programs/%", "/programs/%E0%A4%A", "/programs/%FF", "/programs/%C0%AF", "/api/auth/%"]) {
      expect(hasUndecodablePath(path), path).toBe(true);
    }
    for (const path of ["/", "/programs/stargate", "/programs/a%00b", "/programs/%25", "/programs/%F0%9F%92%A5", "/compare?program=%"]) {
      expect(hasUndecodablePath(path), path).toBe(false);
    }
  });

  it("answer 400 before the server's own handler, which still sees every other request", () => {
    // A plain server answering 200, with the hook preloaded as npm start preloads it.
    const script = `
      const http = await import("node:http");
      const server = http.createServer((_req, res) => res.end("app")).listen(0, "127.0.0.1");
      await new Promise((ok) => server.once("listening", ok));
      const base = "http://127.0.0.1:" + server.address().port;
      const answers = [];
      for (const path of ["/programs/%ED%A0%80", "/programs/%", "/programs/stargate", "/programs/a%00b"]) {
        const response = await fetch(base + path);
        answers.push([path, response.status, response.headers.get("cache-control"), (await response.text()).slice(0, 11)]);
      }
      server.close();
      process.stdout.write(JSON.stringify(answers));`;
    const output = execFileSync(process.execPath, ["--import=./scripts/undecodable-path-hook.mjs", "--input-type=module", "-e", script], {
      encoding: "utf8",
    });
    expect(JSON.parse(output)).toEqual([
      ["/programs/%ED%A0%80", 400, "no-store", "Bad request"],
      ["/programs/%", 400, "no-store", "Bad request"],
      ["/programs/stargate", 200, null, "app"],
      ["/programs/a%00b", 200, null, "app"],
    ]);
  });
});
