import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/browser';
import { serveBenchPage } from './serveBenchPage';
import { withTarget, type Benchmark, type BenchResult } from './Benchmark';
import { percentile, round2 } from './stats';

const PAGE_DIR = fileURLToPath(new URL('./formKeystroke/', import.meta.url));
/** Text fields typed into, spread over the form (first, middle, last section): fields 1, 121, 181, 269. */
const FIELDS = ['root_s0_f0', 'root_s4_f0', 'root_s6_f0', 'root_s8_f28'];
// ASCII only: Playwright types other characters by inserting text, without key events to time.
const TEXT = 'Barnet smiler og kigger ';
const WARM_UP = 10;
const ROUNDS = 3;

type Renderer = 'ours' | 'ours-live' | 'stock' | 'plain';

/**
 * Keystroke-to-screen latency on a 300-field form in Chromium: our renderer (as the worker first meets it,
 * and after a failed submit, when it validates live) against stock rjsf (@rjsf/core + validator-ajv8 with
 * live validation), in the same run, the same browser, interleaved rounds.
 */
export const formKeystroke: Benchmark = {
  name: 'form-keystroke',
  description: '300-field form: keystroke-to-screen p95, our renderer vs stock rjsf with live validation',
  async run(): Promise<BenchResult[]> {
    const server = await serveBenchPage(PAGE_DIR);
    const browser = await launchBrowser();
    const samples: Record<Renderer, number[]> = { ours: [], 'ours-live': [], stock: [], plain: [] };
    try {
      const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'da-DK' });
      const page = await context.newPage();
      for (let round = 0; round < ROUNDS; round++) {
        for (const renderer of ['plain', 'stock', 'ours', 'ours-live'] as const) {
          samples[renderer].push(...(await measure(page, server.url, renderer)));
        }
      }
    } finally {
      await browser.close();
      await server.dispose();
    }
    const p95 = (r: Renderer) => round2(percentile(samples[r], 95));
    const stock = p95('stock');
    const note = `${samples.ours.length} keystrokes per renderer; p50 ours ${round2(percentile(samples.ours, 50))} ms, live ${round2(percentile(samples['ours-live'], 50))} ms, stock ${round2(percentile(samples.stock, 50))} ms`;
    return [
      withTarget(
        {
          name: 'keystroke-to-screen p95, our renderer (300 fields)',
          unit: 'ms',
          value: p95('ours'),
          baseline: stock,
          ratio: round2(p95('ours') / stock),
          note,
        },
        '<=',
        16,
      ),
      withTarget(
        {
          name: 'keystroke-to-screen p95, our renderer validating live after a failed submit',
          unit: 'ms',
          value: p95('ours-live'),
          baseline: stock,
          ratio: round2(p95('ours-live') / stock),
        },
        '<=',
        16,
      ),
      { name: 'keystroke-to-screen p95, stock rjsf with live validation', unit: 'ms', value: stock },
      {
        name: 'keystroke-to-screen p95, 300 bare inputs (the machine and browser floor)',
        unit: 'ms',
        value: p95('plain'),
        note: `p50 ${round2(percentile(samples.plain, 50))} ms`,
      },
    ];
  },
};

async function measure(page: Page, url: string, renderer: Renderer): Promise<number[]> {
  await page.goto(`${url}/index.html?renderer=${renderer === 'ours-live' ? 'ours' : renderer}`);
  const fields = renderer === 'plain' ? ['plain_0', 'plain_120', 'plain_180', 'plain_268'] : FIELDS;
  await page.locator(`#${fields[0]}`).waitFor();
  if (renderer === 'ours-live') {
    // A submit with required fields empty: from now on the form validates at every change.
    await page.locator('button[type=submit]').click();
    await page.locator('.error-summary').first().waitFor();
  }
  const all: number[] = [];
  let typed = 0;
  for (const field of fields) {
    await page.locator(`#${field}`).focus();
    await page.evaluate(() => (window.benchLatencies = []));
    await page.keyboard.type(TEXT);
    typed += TEXT.length;
    await page.waitForFunction((n) => window.benchLatencies.length >= n, TEXT.length);
    (await page.evaluate(() => window.benchLatencies)).forEach((v) => all.push(v));
  }
  const measured = all.slice(WARM_UP);
  if (measured.length !== typed - WARM_UP)
    throw new Error(`Measured ${measured.length} of ${typed} keystrokes`);
  return measured;
}
declare global {
  interface Window {
    benchLatencies: number[];
  }
}
