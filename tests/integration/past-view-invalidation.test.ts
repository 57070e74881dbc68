// Past views (?asOf= before today) through a publication: an edit's first affected day
// (lib/editing/affected-from.ts) and the answer store's steps (lib/cache/publication-steps.ts) keep
// a stored past view of an earlier day, and drop it when the edit shows on that day. On real
// PostgreSQL, behind the real front cache (in memory and in Redis), with a stand-in for Next that
// renders from the same lib/data loaders as the pages; then, for every edit an editor can make on
// records of random dates, a kept past view is what a fresh render shows.
import http from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allActions } from "../../lib/actions/definitions";
import type { AnswerStore } from "../../lib/cache/answer-cache";
import { frontCacheEmit } from "../../lib/cache/front-cache.mjs";
import { PUBLIC_CACHE } from "../../lib/cache/http-cache";
import { MAX_STEPS } from "../../lib/cache/publication-steps";
import type { IsoDate } from "../../lib/core/dates";
import { parseAsOf, type KnownBy } from "../../lib/dashboard/as-of";
import { loadOverview } from "../../lib/data/overview";
import { loadProgramDetail } from "../../lib/data/program-detail";
import { createEditingFixture, type EditingFixture } from "../factories/editing-records";
import { actionExamples } from "../support/action-examples";
import { announcementExamples } from "../support/action-examples/announcements";
import { editingExamples } from "../support/action-examples/editing";
import { fundingForm, programForm } from "../support/edit-forms";
import { useAnswerStores } from "../support/answer-stores";
import { useTestDatabase } from "../support/test-database";
import { storedAnswer as entry } from "../factories/stored-answer";

const env = useTestDatabase({ app: true, actors: true });
const { db, queries } = env;

const today = new Date().toISOString().slice(0, 10);
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** The editing fixture, its program published (dated) on 2025-02-10 so that past views show it. */
async function visibleFixture(): Promise<EditingFixture> {
  const fixture = await createEditingFixture(db);
  const program = await db.program.update({ where: { id: fixture.program.id }, data: { publishedAt: day("2025-02-10") } });
  return { ...fixture, program };
}

/** Stands in for Next: a program page or the overview, rendered from lib/data as the pages render them. */
function serveFromData(store: AnswerStore): Promise<{ base: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://atlas.test");
    const knownBy = parseAsOf(url.searchParams.get("asOf") ?? undefined);
    const slug = /^\/programs\/([^/]+)$/.exec(url.pathname)?.[1];
    const load: Promise<unknown> = slug ? loadProgramDetail(db, knownBy, slug) : loadOverview(db, knownBy);
    load.then(
      (data) => {
        response.setHeader("Content-Type", "application/json");
        response.setHeader("Cache-Control", PUBLIC_CACHE);
        response.end(JSON.stringify(data));
      },
      (error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      },
    );
  });
  server.emit = frontCacheEmit(http.Server.prototype.emit, {
    app: () => ({ store, admit: async () => null, origin: "http://atlas.test" }),
    buildId: "test-build",
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    ),
  );
}

type Reply = { status: number; cache: string | undefined; etag: string | undefined; body: string };
function get(base: string, path: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            cache: response.headers["x-atlas-cache"] as string | undefined,
            etag: response.headers.etag,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      })
      .on("error", reject);
  });
}

/** Runs a registered action as an editor (an admin for admins' actions); its result must be "ok". */
async function run(name: string, input: Record<string, unknown>): Promise<{ affectedFrom: IsoDate | null }> {
  const action = allActions.find((candidate) => candidate.name === name)!;
  const result = await action.invoke(action.role === "admin" ? env.admin : env.editor, input);
  if (result.status !== "ok") throw new Error(`${name}: ${JSON.stringify(result)}`);
  return result.data as { affectedFrom: IsoDate | null };
}

const { redisUrl, keep, redisStore, bothStores } = useAnswerStores();
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

describe.each(bothStores)("a past view in the %s store", (_name, makeStore) => {
  let fixture: EditingFixture;
  let store: AnswerStore;
  let base: string;
  let past: string;
  let live: string;
  beforeAll(async () => {
    fixture = await visibleFixture();
    store = await makeStore();
    await store.publish();
    const server = await serveFromData(store);
    closers.push(server.close);
    base = server.base;
    past = `/programs/${fixture.program.slug}?asOf=${yesterday}`;
    live = `/programs/${fixture.program.slug}`;
  });

  it("is answered from the store after today's announcement with its claims, while the live view renders it", async () => {
    const [first, firstOverview] = [await get(base, past), await get(base, `/?asOf=${yesterday}`)];
    expect([first.cache, firstOverview.cache, (await get(base, live)).cache]).toEqual(["MISS", "MISS", "MISS"]);
    const created = await run("announcement.create", await announcementExamples["announcement.create"]!({ db, fixture }));
    expect(created.affectedFrom).toBe(today);
    await store.publish(created.affectedFrom);
    queries.length = 0;
    const [again, overview] = [await get(base, past), await get(base, `/?asOf=${yesterday}`)];
    expect([again.cache, again.etag, overview.cache, overview.etag]).toEqual(["HIT", first.etag, "HIT", firstOverview.etag]);
    expect(queries).toEqual([]);
    const fresh = await get(base, live);
    expect([fresh.cache, fresh.body]).toEqual(["MISS", expect.stringContaining("IndiaAI Mission approved")]);
  });

  it("is rendered again after an edit of a claim it shows", async () => {
    const before = await get(base, past);
    expect(before.cache).toBe("HIT");
    const edited = await run("fundingClaim.edit", fundingForm(fixture, { label: "Initial investment, revised" }));
    // The claim is dated 2025-02-10, its source 2025-03-01: it shows from 2025-03-01.
    expect(edited.affectedFrom).toBe("2025-03-01");
    await store.publish(edited.affectedFrom);
    const after = await get(base, past);
    expect([after.cache, after.body]).toEqual(["MISS", expect.stringContaining("Initial investment, revised")]);
  });

  it("is rendered again after the program is renamed", async () => {
    expect((await get(base, past)).cache).toBe("HIT");
    const program = await db.program.findUniqueOrThrow({ where: { id: fixture.program.id } });
    const renamed = await run("program.edit", programForm({ ...fixture, program }, { name: "Renamed program" }));
    expect(renamed.affectedFrom).toBe("2025-02-10");
    await store.publish(renamed.affectedFrom);
    const after = await get(base, past);
    expect([after.cache, after.body]).toEqual(["MISS", expect.stringContaining("Renamed program")]);
  });
});

describe("the publication steps in Redis", () => {
  /**
   * A store and a client of its Redis, after a publication of 2025-03-01 (on a Redis emptied first
   * when `emptied`), with a past view of 2025-02-01 stored as `key`.
   */
  async function storedPastView(key: string, emptied = false): Promise<{ store: AnswerStore; admin: Redis; publication: string }> {
    const store = await redisStore();
    const admin = keep(new Redis(redisUrl()));
    if (emptied) await admin.del("atlas:answers:publication", "atlas:answers:steps");
    await store.publish("2025-03-01");
    const { publication } = await store.read(key, "2025-02-01");
    await store.write(key, entry(publication, "2025-02-01"));
    return { store, admin, publication };
  }

  it("keep a past view through a later day's publication, and only the current one's once Redis lost them", async () => {
    const { store, admin, publication } = await storedPastView("steps-a");
    await store.write("steps-b", entry(publication, "2025-03-05"));
    await store.publish("2025-03-01");
    expect([(await store.read("steps-a", "2025-02-01")).entry?.asOf, (await store.read("steps-b", "2025-03-05")).entry]).toEqual([
      "2025-02-01",
      null,
    ]);
    // Evicted: no step says what changed, so only an answer of the current publication stands.
    await admin.del("atlas:answers:steps");
    expect((await store.read("steps-a", "2025-02-01")).entry).toBeNull();
    // The next publication starts them again from every day.
    await store.publish("2025-04-01");
    expect(await admin.zrange("atlas:answers:steps", 0, -1, "WITHSCORES")).toEqual([String(Number(publication) + 2), "-inf"]);
  });

  it("restart a lost counter from the clock, so that an entry stored before never matches it again", async () => {
    const { store, admin } = await storedPastView("lost-a", true);
    // Both evicted, then one publication: the counter must not come back to the entry's number.
    await admin.del("atlas:answers:publication", "atlas:answers:steps");
    const started = Date.now();
    // (A counter restarted in the same millisecond would: the clock moves faster than publications.)
    await new Promise((resolve) => setTimeout(resolve, 2));
    await store.publish("2025-03-01");
    expect(Number(await admin.get("atlas:answers:publication"))).toBeGreaterThanOrEqual(started - 1000);
    expect((await store.read("lost-a", "2025-02-01")).entry).toBeNull();
  });

  it("count a publication that recorded no step (an older build's INCR) as one of every day", async () => {
    const { store, admin } = await storedPastView("incr-a");
    expect((await store.read("incr-a", "2025-02-01")).entry).not.toBeNull();
    await admin.incr("atlas:answers:publication");
    expect((await store.read("incr-a", "2025-02-01")).entry).toBeNull();
  });

  it("are bounded, the oldest merged into one from every day", async () => {
    const store = await redisStore();
    const admin = keep(new Redis(redisUrl()));
    for (let i = 0; i < MAX_STEPS + 5; i += 1) await store.publish(new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10));
    expect(await admin.zcard("atlas:answers:steps")).toBe(MAX_STEPS);
    expect((await admin.zrange("atlas:answers:steps", 0, 0, "WITHSCORES"))[1]).toBe("-inf");
  });
});

// A past day's program page (its claims, milestones, partners, announcements, sources, status) and
// the cross-program overview, as plain data. Not the source list: it lists the sources of the rows
// these show, and rendering it too took a third of the test's time without failing one more action
// when the first affected day was forced to today.
async function render(slug: string, knownBy: KnownBy): Promise<string> {
  const views = [await loadProgramDetail(db, knownBy, slug), await loadOverview(db, knownBy)];
  return JSON.stringify(views);
}

describe("every edit an editor can make", () => {
  // Each record dated one or the other; a past view of the day before the second, and of the second.
  const dates = ["2025-02-10", "2025-03-01"];
  const days = ["2025-02-28", "2025-03-01"];
  // Edits of what shows on any day keep no past view: nothing to compare.
  const everyDay = ["exchangeRate.add", "source.edit", "organization.edit"];
  const names = Object.keys({ ...editingExamples, ...announcementExamples }).filter((name) => !everyDay.includes(name));
  const someDate = fc.constantFrom(...dates).map(day);
  const fixtureDates = fc.record({
    programOn: someDate,
    programPublished: someDate,
    announcementOn: someDate,
    announcementPublished: someDate,
    claimAsOf: fc.option(someDate, { nil: null }),
    sourceOn: fc.option(someDate, { nil: null }),
  });

  it.each(names)("%s leaves each past view it keeps as a fresh render shows it", async (name) => {
    await fc.assert(
      fc.asyncProperty(fixtureDates, async (dated) => {
        const base = await createEditingFixture(db);
        const fixture: EditingFixture = {
          ...base,
          program: await db.program.update({
            where: { id: base.program.id },
            data: { announcedOn: dated.programOn, publishedAt: dated.programPublished },
          }),
          announcement: await db.announcement.update({
            where: { id: base.announcement.id },
            data: { announcedOn: dated.announcementOn, publishedAt: dated.announcementPublished },
          }),
          fundingClaim: await db.fundingClaim.update({
            where: { id: base.fundingClaim.id },
            data: { asOf: dated.claimAsOf, announcementId: base.announcement.id },
          }),
          source: await db.source.update({ where: { id: base.source.id }, data: { publishedOn: dated.sourceOn } }),
        };
        const input = await actionExamples[name]!({ db, fixture });
        const before = new Map<string, string>();
        for (const asOf of days) before.set(asOf, await render(fixture.program.slug, parseAsOf(asOf)));
        const { affectedFrom } = await run(name, input);
        for (const asOf of days.filter((shown) => affectedFrom !== null && affectedFrom > shown))
          expect(await render(fixture.program.slug, parseAsOf(asOf)), `${name}: kept ${asOf}, affected from ${affectedFrom}`).toBe(
            before.get(asOf),
          );
      }),
      { numRuns: 1 },
    );
  });

  it.each(everyDay)("%s keeps no past view", async (name) => {
    const fixture = await visibleFixture();
    expect(await run(name, await actionExamples[name]!({ db, fixture }))).toMatchObject({ affectedFrom: null });
  });
});
