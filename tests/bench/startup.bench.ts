import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { buildServer } from '../../server/buildServer';
import { spawnServer } from '../faults/spawnServer';
import { withTarget, type Benchmark, type BenchResult } from './Benchmark';
import { tempDir } from './seedFamilies';
import { median, round2, spread } from './stats';

/** Server ready (all seed definitions loaded) and the worker app's initial JavaScript, gzipped. */
export const startup: Benchmark = {
  name: 'startup',
  description: 'Server ready time and the initial JavaScript of the worker app',
  async run(): Promise<BenchResult[]> {
    await buildServer();
    const dir = await tempDir('forloeb-startup-');
    const times: number[] = [];
    try {
      for (let round = 0; round < 6; round++) {
        const started = performance.now();
        const server = await spawnServer({ DATA_DIR: dir.path });
        if (round > 0) times.push(performance.now() - started); // round 0 seeds the store
        await server.stop();
      }
    } finally {
      await dir.dispose();
    }
    process.env.NODE_ENV = 'production';
    await build({ logLevel: 'warn' });
    const html = await readFile('dist/app/index.html', 'utf8');
    const initial = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    let gzipped = 0;
    for (const file of initial) gzipped += gzipSync(await readFile(join('dist/app', file))).length;
    const all = (await readdir('dist/app/assets')).filter((f) => f.endsWith('.js'));
    let total = 0;
    for (const file of all) total += (await stat(join('dist/app/assets', file))).size;
    return [
      withTarget(
        {
          name: 'server ready (seed definitions loaded)',
          unit: 'ms',
          value: Math.round(median(times)),
          spread: round2(spread(times)),
        },
        '<=',
        1500,
      ),
      withTarget(
        {
          name: 'worker app initial JavaScript, gzipped',
          unit: 'KB',
          value: round2(gzipped / 1024),
          note: initial.join(', '),
        },
        '<=',
        250,
      ),
      { name: 'all app JavaScript, not gzipped', unit: 'KB', value: round2(total / 1024) },
    ];
  },
};
