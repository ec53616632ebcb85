import { fileURLToPath } from 'node:url';
import ELK from 'elkjs/lib/elk.bundled.js';
import { launchBrowser } from '../e2e/browser';
import { toGraph } from '../../runtime/workflow/toGraph';
import { layoutWorkflow } from '../../editor/features/workflows/layout/layoutWorkflow';
import { createLargeWorkflow } from './workflowDesigner/createLargeWorkflow';
import { serveBenchPage } from './serveBenchPage';
import { withTarget, type Benchmark, type BenchResult } from './Benchmark';
import { median, percentile, round2, spread } from './stats';

const ROUNDS = 5;

/** The designer's automatic layout (ELK layered, compound states as containers) of a 200-state workflow. */
export const workflowDesigner: Benchmark = {
  name: 'workflow-designer',
  description: 'Automatic layout of a 200-state workflow (ELK, as the designer runs it)',
  async run(): Promise<BenchResult[]> {
    const graph = toGraph(createLargeWorkflow());
    const elk = new ELK();
    await layoutWorkflow(graph, elk); // warm-up
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const start = performance.now();
      const boxes = await layoutWorkflow(graph, elk);
      times.push(performance.now() - start);
      if (boxes.size !== graph.nodes.length) throw new Error('the layout lost states');
    }
    return [
      withTarget(
        {
          name: `layout of ${graph.nodes.length} states, ${graph.edges.length} transitions (median)`,
          unit: 'ms',
          value: round2(median(times)),
          spread: round2(spread(times)),
        },
        '<=',
        1000,
      ),
    ];
  },
};

const PAGE_DIR = fileURLToPath(new URL('./workflowDesigner/', import.meta.url));
const GESTURES = 3;

/** Panning the canvas and dragging a state on the 200-state workflow in Chromium: frame times while moving. */
export const workflowDesignerFrames: Benchmark = {
  name: 'workflow-designer-frames',
  description: 'Pan and drag on a 200-state workflow in Chromium: frame time p95',
  async run(): Promise<BenchResult[]> {
    const server = await serveBenchPage(PAGE_DIR);
    const browser = await launchBrowser();
    const pans: number[] = [];
    const drags: number[] = [];
    try {
      const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
      page.setDefaultTimeout(60_000);
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length >= 200);
      await page.waitForTimeout(500);
      const pane = page.locator('.react-flow__pane');
      const box = (await pane.boundingBox())!;
      const gesture = async (from: { x: number; y: number }, into: number[]) => {
        await page.evaluate(() => window.benchStartRecording());
        await page.mouse.move(from.x, from.y);
        await page.mouse.down();
        for (let i = 1; i <= 60; i++) await page.mouse.move(from.x + i * 4, from.y + i * 2);
        await page.mouse.up();
        into.push(...(await page.evaluate(() => window.benchStopRecording())));
      };
      const transform = () =>
        page.evaluate(() => document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform);
      for (let round = 0; round < GESTURES; round++) {
        // Pan: drag on empty canvas, a point where the pane itself is hit (not a state, the controls or the map).
        const empty = await page.evaluate(({ x, y, width, height }) => {
          for (let dy = 40; dy < height - 40; dy += 15)
            for (let dx = 40; dx < width - 40; dx += 15)
              if (document.elementFromPoint(x + dx, y + dy)?.classList.contains('react-flow__pane'))
                return { x: x + dx, y: y + dy };
          return undefined;
        }, box);
        if (!empty) throw new Error('no empty canvas to pan on');
        const before = await transform();
        await gesture(empty, pans);
        if ((await transform()) === before) throw new Error('the canvas did not pan');
        // Drag: a state (not a container) that is on screen now.
        const target = await page.evaluate(({ x, y, width, height }) => {
          for (let dy = 40; dy < height - 40; dy += 15)
            for (let dx = 40; dx < width - 40; dx += 15) {
              const hit = document.elementFromPoint(x + dx, y + dy)?.closest('.wf-node');
              if (hit && !hit.classList.contains('wf-node-container')) {
                const id = hit.closest('.react-flow__node')?.getAttribute('data-id');
                if (id) return { x: x + dx, y: y + dy, id };
              }
            }
          return undefined;
        }, box);
        if (!target) throw new Error('no state on screen to drag');
        const style = () =>
          page.evaluate(
            (id) =>
              document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)!.style.transform,
            target.id,
          );
        const moved = await style();
        await gesture(target, drags);
        if ((await style()) === moved) throw new Error(`the state ${target.id} did not move`);
      }
    } finally {
      await browser.close();
      await server.dispose();
    }
    const p95 = (values: number[]) => round2(percentile(values, 95));
    const note = (values: number[]) => `${values.length} frames; p50 ${round2(percentile(values, 50))} ms`;
    return [
      withTarget(
        { name: 'panning, frame time p95', unit: 'ms', value: p95(pans), note: note(pans) },
        '<=',
        20,
      ),
      withTarget(
        { name: 'dragging a state, frame time p95', unit: 'ms', value: p95(drags), note: note(drags) },
        '<=',
        20,
      ),
    ];
  },
};
