// How bench:load asks, and an answer as it travels (its body still encoded: fetch would decode it).
import http from "node:http";

/** Every bench:load request takes gzip, as browsers, curl --compressed, fetch and Python's requests ask. */
export const CLIENT_HEADERS = { "accept-encoding": "gzip" };

/** An answer as it arrives: its status, headers and body still encoded. */
export type WireAnswer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

export function fetchWire(url: string, headers: Record<string, string> = CLIENT_HEADERS): Promise<WireAnswer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}
