import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import type { Benchmark, BenchResult } from './Benchmark';
import { runtimeStep } from './runtimeStep.bench';
import { startup } from './startup.bench';
import { submitLatency } from './submitLatency.bench';
import { faults } from './faults.bench';
import { kpi } from './kpi.bench';
import { httpLoad } from './httpLoad.bench';
import { soak } from './soak.bench';
import { workflowDesigner, workflowDesignerFrames } from './workflowDesigner.bench';
import { migration } from './migration.bench';
import { formKeystroke } from './formKeystroke.bench';
import { worklist } from './worklist.bench';
import { formBuilder } from './formBuilder.bench';

/** The one benchmark harness: `npm run bench [-- name…]`. Results go to bench/results/latest.json and .md. */
const benchmarks: Benchmark[] = [
  runtimeStep,
  startup,
  submitLatency,
  httpLoad,
  faults,
  soak,
  formKeystroke,
  formBuilder,
  worklist,
  kpi,
  migration,
  workflowDesigner,
  workflowDesignerFrames,
];

/** Long runs that only run when named: `npm run bench -- faults`, `npm run soak`. */
const OPT_IN = ['faults', 'soak'];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !benchmarks.some((b) => b.name === name));
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark(s): ${unknown.join(', ')}. Known: ${benchmarks.map((b) => b.name).join(', ')}`,
  );
  process.exit(2);
}
const chosen =
  wanted.length > 0
    ? benchmarks.filter((b) => wanted.includes(b.name))
    : benchmarks.filter((b) => !OPT_IN.includes(b.name));
const results: (BenchResult & { benchmark: string })[] = [];
for (const benchmark of chosen) {
  console.info(`▶ ${benchmark.name}: ${benchmark.description}`);
  for (const result of await benchmark.run()) {
    results.push({ benchmark: benchmark.name, ...result });
    console.info(
      `  ${result.name}: ${result.value} ${result.unit}${result.meets === undefined ? '' : result.meets ? ' ✓' : ' ✗'}`,
    );
  }
}
const machine = {
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? '',
  memoryGb: Math.round(totalmem() / 2 ** 30),
  date: new Date().toISOString(),
};
await mkdir('bench/results', { recursive: true });
await writeFile('bench/results/latest.json', `${JSON.stringify({ machine, results }, null, 2)}\n`);
const table = [
  `Forløb benchmarks — ${machine.date}, Node ${machine.node}, ${machine.cpus} cores (${machine.cpu}), ${machine.memoryGb} GB`,
  '',
  '| benchmark | measurement | value | baseline | ratio | target | met |',
  '|---|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.benchmark} | ${r.name} | ${r.value} ${r.unit} | ${r.baseline ?? ''} | ${r.ratio ?? ''} | ${r.target ? `${r.target.op} ${r.target.value} ${r.unit}` : ''} | ${r.meets === undefined ? '' : r.meets ? 'yes' : 'no'} |`,
  ),
];
await writeFile('bench/results/latest.md', `${table.join('\n')}\n`);
console.info(`\n${table.join('\n')}\nWrote bench/results/latest.json and latest.md`);
