// What every announcement of a new program types first in the guided form: its source, what was
// announced, and the program's basics.
import type { Page } from "@playwright/test";

export type NewProgramAnnouncement = {
  source: { url: string; title: string; publisher: string; publishedOn: string };
  announced: string;
  program: { name: string; slug: string; country: string; region: string; summary: string };
};

export async function fillSourceAndNewProgram(page: Page, { source, announced, program }: NewProgramAnnouncement): Promise<void> {
  await page.getByLabel("Web address").fill(source.url);
  await page.locator('[name="source.title"]').fill(source.title);
  await page.getByLabel("Publisher").fill(source.publisher);
  await page.locator('[name="source.publishedOn"]').fill(source.publishedOn);
  await page.getByLabel("What was announced").fill(announced);

  await page.getByRole("radio", { name: "A new program" }).check();
  await page.getByLabel("Program name").fill(program.name);
  await page.getByLabel("Short name for its web address").fill(program.slug);
  await page.getByLabel("Country").fill(program.country);
  await page.getByLabel("Region").fill(program.region);
  await page.getByLabel("What the program is").fill(program.summary);
}
