import { expect, test } from "@playwright/test";

const slugs = ["genesis-mission", "atom-project", "stargate", "fluidstack-france", "eurohpc-ai-factories"];

test("the overview lists the five programs, each headline figure with USD and its source", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("National AI compute programs");
  const programs = page.getByRole("list", { name: "Programs" }).locator(":scope > li");
  await expect(programs).toHaveCount(5);
  for (const slug of slugs) {
    const card = page.locator(`[data-program="${slug}"]`);
    const figures = card.locator("figure");
    expect(await figures.count()).toBeGreaterThan(0);
    for (const figure of await figures.all()) {
      await expect(figure.getByTestId("original-amount")).not.toBeEmpty();
      await expect(figure.getByTestId("usd-amount")).not.toBeEmpty();
      await expect(figure.getByTestId("source")).toContainText("Source:");
    }
  }
  const stargate = page.locator('[data-program="stargate"]');
  await expect(stargate.getByTestId("original-amount").first()).toHaveText(/\$500\sbn/);
  const fluidstack = page.locator('[data-program="fluidstack-france"]');
  await expect(fluidstack.getByTestId("original-amount").first()).toHaveText(/€10\sbn/);
  await expect(fluidstack.getByTestId("usd-amount").first()).toContainText("2025 average EUR/USD rate");
});

test("the API lists the same programs with sourced money, and refuses framing except for embeds", async ({ request }) => {
  const response = await request.get("/api/v1/programs");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as {
    data: { slug: string; headlineFunding: { money: { text: string }; source: { publisher: string } }[] }[];
  };
  expect(body.data.map((p) => p.slug).sort()).toEqual([...slugs].sort());
  for (const program of body.data) {
    for (const claim of program.headlineFunding) {
      expect(claim.money.text).not.toBe("");
      expect(claim.source.publisher).not.toBe("");
    }
  }
  const home = await request.get("/");
  expect(home.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(home.headers()["x-powered-by"]).toBeUndefined();
  const embed = await request.get("/embed/compare");
  expect(embed.status()).toBe(200);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
});
