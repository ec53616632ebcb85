import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startServer } from '../../server/startServer';
import { createClient } from '../api/startTestServer';
import { launchBrowser } from '../e2e/browser';
import { withTarget, type Benchmark, type BenchResult } from './Benchmark';
import { createBenchStore, importBenchFamilies } from './benchStore';
import { copyFamilies, makeTemplateFamily, tempDir } from './seedFamilies';
import { median, round2, spread } from './stats';

const FAMILIES = 500;
const ROUNDS = 5;
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * "Mit arbejde" for a worker with 500 families (each with a D1 pathway: the ADBB and the 3-month visit due):
 * the time from navigation (the app opened afresh) until every item of the list is rendered and the first
 * one takes focus, measured in the page from its navigation start. The built app, the real server in-process.
 */
export const worklist: Benchmark = {
  name: 'worklist',
  description: 'Worklist with 500 families: navigation to rendered and focusable',
  async run(): Promise<BenchResult[]> {
    const app = await tempDir('forloeb-worklist-app-');
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        configFile: `${projectRoot}vite.config.ts`,
        root: `${projectRoot}editor`,
        mode: 'production',
        logLevel: 'warn',
        build: { outDir: app.path, emptyOutDir: true },
      });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    const template = await makeTemplateFamily();
    const store = await createBenchStore('lowdb', 'worklist');
    const browser = await launchBrowser();
    const times: number[] = [];
    const apiTimes: number[] = [];
    let items = 0;
    try {
      const options = { port: 0, dataDir: store.env.DATA_DIR!, appDir: app.path, schedulerIntervalMs: 0 };
      let server = await startServer(options); // seeds users and definitions
      const client = createClient(server.url);
      const userId = ((await client.login()).body as { user: { id: string } }).user.id;
      await server.close();
      await importBenchFamilies(store, copyFamilies(template.aggregate, FAMILIES, userId));
      server = await startServer(options);
      try {
        const api = createClient(server.url);
        await api.login();
        items = ((await api.get('/api/worklist?scope=mine')).body as { items: unknown[] }).items.length;
        for (let round = 0; round < ROUNDS; round++) {
          const started = performance.now();
          await Promise.all([api.get('/api/worklist?scope=mine'), api.get('/api/caseload')]);
          apiTimes.push(performance.now() - started);
        }
        const page = await (
          await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'da-DK' })
        ).newPage();
        await page.goto(server.url);
        await page.getByLabel('Brugernavn').fill('sundhedsplejerske');
        await page.getByLabel('Adgangskode').fill('demo-sundhedsplejerske');
        await page.getByRole('button', { name: 'Log ind' }).click();
        await page.getByRole('heading', { level: 1, name: 'Mit arbejde' }).waitFor();
        for (let round = 0; round <= ROUNDS; round++) {
          await page.goto('about:blank');
          await page.goto(`${server.url}/#/work`);
          // A string, so the bundler's helpers (tsx names functions) do not leak into the page.
          const ms = await page.evaluate<number>(`new Promise((resolve) => {
            const check = () => {
              const links = document.querySelectorAll('.work-item a');
              if (links.length >= ${items}) {
                links[0].focus();
                if (document.activeElement === links[0]) return resolve(performance.now());
              }
              requestAnimationFrame(check);
            };
            check();
          })`);
          if (round > 0) times.push(ms); // round 0 warms the server's caches and the browser's
        }
      } finally {
        await server.close();
      }
    } finally {
      await browser.close();
      await store.dispose();
      await app.dispose();
    }
    return [
      withTarget(
        {
          name: `worklist with ${FAMILIES} families (${items} items): navigation to rendered and focusable`,
          unit: 'ms',
          value: Math.round(median(times)),
          spread: round2(spread(times)),
          note: `rounds: ${times.map(Math.round).join(', ')} ms; of which the two API calls (worklist + caseload) ${Math.round(median(apiTimes))} ms`,
        },
        '<=',
        1000,
      ),
    ];
  },
};
