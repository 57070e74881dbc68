// Where the end-to-end server's output goes (besides the terminal): the secret canary spec reads it
// to prove no secret reaches a log line. Under test-results/, which Playwright empties before it
// starts the server, so the file holds this run only.
export function serverLogPath(port: number | string = process.env.E2E_PORT ?? 3100): string {
  return `test-results/e2e-server-${port}.log`;
}
