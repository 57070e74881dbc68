// The rate form takes a rate either way round (issue 15): central banks publish most currencies as
// units per US dollar, the ECB the euro as dollars per unit. Both store the same usdPerUnit, and a
// rate more than 50 % off the latest earlier year (an inverted entry, typically) is refused on its
// field until the admin ticks that it is right.
import { describe, expect, it } from "vitest";
import { addExchangeRateAction } from "../../lib/actions/definitions/exchange-rates";
import { createEditingFixture } from "../factories/editing-records";
import { useTestDatabase } from "../support/test-database";
import { exchangeRateForm } from "../support/edit-forms";

const env = useTestDatabase({ app: true, actors: true });

const stored = (currency: string, year: number) =>
  env.db.exchangeRate.findUnique({ where: { currency_year: { currency, year } }, select: { usdPerUnit: true, unitsPerUsd: true } });

type Fixture = Awaited<ReturnType<typeof createEditingFixture>>;
/** The admin adds a rate with the form's values, these ones changed. */
const addRate = (fixture: Fixture, over: Record<string, string>) =>
  addExchangeRateAction.invoke(env.admin, exchangeRateForm(fixture, over));

describe("adding a reference rate", () => {
  it("stores the same rate whichever way round it was typed", async () => {
    const fixture = await createEditingFixture(env.db);
    const form = (over: Record<string, string>) => {
      const { usdPerUnit, ...rest } = exchangeRateForm(fixture, over);
      void usdPerUnit;
      return rest;
    };
    const perUnit = await addExchangeRateAction.invoke(
      env.admin,
      form({ currency: "KRW", year: "2031", direction: "usd_per_unit", rate: "0.000725" }),
    );
    const perDollar = await addExchangeRateAction.invoke(
      env.admin,
      form({ currency: "NOK", year: "2031", direction: "units_per_usd", rate: "1,379.3103448276" }),
    );
    expect([perUnit.status, perDollar.status]).toEqual(["ok", "ok"]);
    const [krw, nok] = [await stored("KRW", 2031), await stored("NOK", 2031)];
    expect(krw?.usdPerUnit.toString()).toBe("0.000725");
    expect(nok?.usdPerUnit.toString()).toBe(krw?.usdPerUnit.toString());
    expect(nok?.unitsPerUsd.toString()).toBe(krw?.unitsPerUsd.toString());
  });

  it("refuses a rate more than 50 % off the year before on its field, and writes nothing until it is confirmed", async () => {
    const fixture = await createEditingFixture(env.db);
    const base = { currency: "SEK", direction: "usd_per_unit", usdPerUnit: "" };
    expect((await addRate(fixture, { ...base, year: "2032", rate: "0.1069" })).status).toBe("ok");
    // The next year's rate typed as units per dollar but marked as dollars per unit: inverted.
    const inverted = exchangeRateForm(fixture, { ...base, year: "2033", rate: "9.3545" });
    const refused = await addExchangeRateAction.invoke(env.admin, inverted);
    expect(refused).toMatchObject({ status: "invalid" });
    const errors = refused.status === "invalid" ? refused.fieldErrors : {};
    expect(errors.rate?.[0]).toMatch(
      /^This rate \(1 SEK = 9\.3545 USD · 1 USD = 0\.1069 SEK\) is 8,651 % off the 2032 rate \(1 SEK = 0\.1069 USD/,
    );
    expect(errors.confirmUnusual?.[0]).toMatch(/Tick to confirm/);
    expect(await stored("SEK", 2033)).toBeNull();

    // A real move within 50 % passes without a question; the direction fixed, the same figure passes.
    const fixed = await addExchangeRateAction.invoke(env.admin, { ...inverted, direction: "units_per_usd" });
    expect(fixed.status).toBe("ok");
    // Converted with its reciprocal; the kronor per dollar kept as published.
    const sek = await stored("SEK", 2033);
    expect([sek?.usdPerUnit.toString(), sek?.unitsPerUsd.toString()]).toEqual(["0.1069004223", "9.3545"]);

    // Confirmed, a far-off rate is stored.
    const confirmed = await addRate(fixture, { ...base, year: "2034", rate: "0.3", confirmUnusual: "on" });
    expect(confirmed.status).toBe("ok");
    expect((await stored("SEK", 2034))?.usdPerUnit.toString()).toBe("0.3");
  });

  it("checks a back-filled year against the earliest later year when no earlier one is on file", async () => {
    const fixture = await createEditingFixture(env.db);
    const base = { currency: "DKK", direction: "usd_per_unit", usdPerUnit: "" };
    expect((await addRate(fixture, { ...base, year: "2041", rate: "0.1450" })).status).toBe("ok");
    const refused = await addRate(fixture, { ...base, year: "2040", rate: "6.8966" });
    expect(refused).toMatchObject({ status: "invalid", fieldErrors: { rate: [expect.stringMatching(/off the 2041 rate/)] } });
    expect(await stored("DKK", 2040)).toBeNull();
  });
});
