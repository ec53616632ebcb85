import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/browser';
import { serveBenchPage } from './serveBenchPage';
import { withTarget, type Benchmark, type BenchResult } from './Benchmark';
import { percentile, round2 } from './stats';

const PAGE_DIR = fileURLToPath(new URL('./formBuilder/', import.meta.url));
const OPENS = 5;
const EDITS = 20;
const WARM_UP = 3;
/**
 * Edits come at a person's pace, one a second: back to back, each edit's timing also held the work the edit
 * before it left for later (its validators arriving, rjsf's state following), which a person never meets.
 */
const PACE_MS = 1000;

/**
 * The form builder on a 300-field form in Chromium: opening (canvas and preview both show the last field),
 * and an edit (add a field from the palette, move a field down or up) until canvas AND preview show it.
 */
export const formBuilder: Benchmark = {
  name: 'form-builder',
  description: '300-field form in the builder: open, and add/move a field until canvas + preview show it',
  async run(): Promise<BenchResult[]> {
    const server = await serveBenchPage(PAGE_DIR);
    const browser = await launchBrowser();
    const opens: number[] = [];
    const adds: Timing[] = [];
    const moves: Timing[] = [];
    try {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'da-DK' });
      const page = await context.newPage();
      page.setDefaultTimeout(60_000);
      for (let round = 0; round < OPENS; round++) opens.push(await open(page, server.url));
      adds.push(...(await measureAdds(page)).slice(WARM_UP));
      moves.push(...(await measureMoves(page)).slice(WARM_UP));
    } finally {
      await browser.close();
      await server.dispose();
    }
    const p95 = (values: number[]) => round2(percentile(values, 95));
    const both = (timings: Timing[]) => timings.map((timing) => timing.both);
    const canvas = (timings: Timing[]) => timings.map((timing) => timing.canvas);
    const note = (timings: Timing[]) =>
      `${timings.length} edits, one a second; p50 ${round2(percentile(both(timings), 50))} ms; canvas alone p95 ${p95(canvas(timings))} ms, p50 ${round2(percentile(canvas(timings), 50))} ms`;
    return [
      withTarget(
        {
          name: 'open a 300-field form (canvas + preview), median',
          unit: 'ms',
          value: round2(percentile(opens, 50)),
          note: `${OPENS} opens; max ${round2(Math.max(...opens))} ms`,
        },
        '<=',
        500,
      ),
      withTarget(
        {
          name: 'add a field, canvas + preview updated, p95',
          unit: 'ms',
          value: p95(both(adds)),
          note: note(adds),
        },
        '<=',
        50,
      ),
      withTarget(
        {
          name: 'move a field, canvas + preview updated, p95',
          unit: 'ms',
          value: p95(both(moves)),
          note: note(moves),
        },
        '<=',
        50,
      ),
    ];
  },
};

async function open(page: Page, url: string): Promise<number> {
  await page.goto(`${url}/index.html`);
  await page.waitForFunction(() => window.benchOpenedAt !== undefined);
  return page.evaluate(() => window.benchOpenedAt! - window.benchStartedAt);
}

/** Adds short text fields from the palette (timed in the page: see formBuilder/page.tsx). */
interface Timing {
  canvas: number;
  both: number;
}

async function measureAdds(page: Page): Promise<Timing[]> {
  const times: Timing[] = [];
  for (let index = 0; index < EDITS; index++) {
    await page.waitForTimeout(PACE_MS);
    times.push(
      await page.evaluate((key) => window.benchAdd(key), index === 0 ? 'shortText' : `shortText${index + 1}`),
    );
  }
  return times;
}

/** Selects a field and moves it down and up again. */
async function measureMoves(page: Page): Promise<Timing[]> {
  await page
    .getByRole('button', { name: /^Spørgsmål 2 /, pressed: false })
    .first()
    .click();
  await page.locator('.canvas-actions').waitFor();
  const times: Timing[] = [];
  for (let index = 0; index < EDITS; index++) {
    await page.waitForTimeout(PACE_MS);
    times.push(await page.evaluate((down) => window.benchMove(down), index % 2 === 0));
  }
  return times;
}
