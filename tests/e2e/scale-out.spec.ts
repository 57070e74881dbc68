// Several instances, one truth: Redis (REDIS_URL) and two production instances on one PostgreSQL.
// A publication through instance A is what instance B serves on its next request (cached pages,
// embeds, the API); a page with options or a past view rendered on A is served from the cache on B
// until then; a client over the API limit on A is refused on B; with Redis stopped both instances
// answer uncached, never a 5xx.
import { expect, test } from "@playwright/test";
import { startRedis, type RedisServer } from "../support/redis-server";
import { signInAsAdmin, startAppOnPostgres, type AppOnPostgres } from "./support/app-on-postgres";

test.describe.configure({ mode: "serial" });

const API_LIMIT = 40;
let redis: RedisServer;
let a: AppOnPostgres;
let b: AppOnPostgres;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  redis = await startRedis();
  // The same secrets on both, as README's Operations asks of instances behind one load balancer.
  const env = {
    REDIS_URL: redis.url,
    ATLAS_API_RATE_LIMIT: String(API_LIMIT),
    ATLAS_AUTH_SECRET: "scale-out-test-secret-of-at-least-32-characters",
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
  };
  a = await startAppOnPostgres({ env });
  // Behind one load balancer every instance has the one public address (ATLAS_BASE_URL), which cached
  // answers carry in their links and so in their key: B takes A's (A's default, localhost on its port).
  const publicAddress = `http://localhost:${new URL(a.url).port}`;
  b = await startAppOnPostgres({ shared: a.cluster, env: { ...env, ATLAS_BASE_URL: publicAddress } });
});
test.afterAll(async () => {
  await b?.close();
  await a?.close();
  await redis?.stop();
});

// The cached default views, an embed, the API and a chart image: each shows the program's name
// (Genesis: its money is drawn on the default chart, unlike ATOM's, a proposal).
const surfaces = ["/", "/compare", "/embed/compare", "/api/v1/programs", "/api/v1/charts/compare?format=svg"];

// A page with options and a past view (asOf yesterday): stored by the front cache (lib/cache/front-cache.mjs).
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const optionViews = ["/compare?metric=power", `/?asOf=${yesterday}`];
const cacheOn = async (app: AppOnPostgres, path: string) => (await fetch(`${app.url}${path}`)).headers.get("x-atlas-cache");

async function bodyOn(app: AppOnPostgres, path: string): Promise<string> {
  const response = await fetch(`${app.url}${path}`);
  expect(response.status, `${path} on ${app.url}`).toBe(200);
  return response.text();
}

test("a publication through instance A shows on instance B on the next request", async ({ browser }) => {
  test.setTimeout(120_000);
  for (const path of surfaces) {
    // Twice: the second answer comes from the shared cache.
    await bodyOn(b, path);
    expect(await bodyOn(b, path), path).toContain("Genesis Mission");
  }
  for (const path of optionViews) {
    expect(await cacheOn(a, path), `${path} on A`).toBe("MISS");
    expect(await cacheOn(b, path), `${path} on B, rendered on A`).toBe("HIT");
  }
  const page = await (await browser.newContext({ baseURL: a.url })).newPage();
  await signInAsAdmin(page);
  await page.goto("/admin/programs");
  await page.getByRole("link", { name: "Genesis Mission", exact: true }).click();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("Genesis Mission, renamed on A");
  await page.getByRole("button", { name: "Save program" }).click();
  await expect(page).toHaveURL(/saved=/);
  for (const path of surfaces) expect(await bodyOn(b, path), `${path} on B`).toContain("Genesis Mission, renamed on A");
  for (const path of optionViews) expect(await cacheOn(b, path), `${path} on B after the publication`).toBe("MISS");
});

test("a client over the API limit on instance A is refused on instance B", async () => {
  let status = 0;
  for (let i = 0; i <= API_LIMIT && status !== 429; i += 1) status = (await fetch(`${a.url}/api/v1/sources`)).status;
  expect(status).toBe(429);
  const onB = await fetch(`${b.url}/api/v1/sources`);
  expect(onB.status).toBe(429);
  expect(Number(onB.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
});

test("with Redis stopped both instances answer uncached, never a 5xx", async () => {
  test.setTimeout(60_000);
  await redis.halt();
  for (const app of [a, b]) {
    for (const path of surfaces) expect(await bodyOn(app, path), `${path} on ${app.url}`).toContain("Genesis Mission, renamed on A");
  }
});
