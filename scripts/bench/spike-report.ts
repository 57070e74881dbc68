// Pure part of the rate-limit spike: autocannon's status counts folded into what the issue asks.
export type SpikeTally = { ok: number; limited: number; serverErrors: number; other: number; socketErrors: number };

export function tallySpike(statusCodeStats: Record<string, { count?: number }> | undefined, socketErrors: number): SpikeTally {
  const tally: SpikeTally = { ok: 0, limited: 0, serverErrors: 0, other: 0, socketErrors };
  for (const [code, { count = 0 }] of Object.entries(statusCodeStats ?? {})) {
    const status = Number(code);
    if (status === 200) tally.ok += count;
    else if (status === 429) tally.limited += count;
    else if (status >= 500) tally.serverErrors += count;
    else tally.other += count;
  }
  return tally;
}

export function spikeVerdict(t: SpikeTally, limit: number): string {
  const counts = `200: ${t.ok}, 429: ${t.limited}, 5xx: ${t.serverErrors}, other: ${t.other}, socket errors: ${t.socketErrors}`;
  const met = t.serverErrors === 0 && t.socketErrors === 0 && t.limited > 0 && t.ok <= limit;
  return `${counts} (limit ${limit}/min) — ${met ? "target met: 429s, never 5xx" : "below target"}`;
}
