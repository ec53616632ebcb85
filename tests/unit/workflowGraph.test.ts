import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutWorkflow } from '../../editor/features/workflows/layout/layoutWorkflow';
import type { WorkflowDefinition } from '../../runtime';
import { toGraph, toMachineConfig } from '../../runtime/workflow/toGraph';
import { resolveTarget, toTarget } from '../../runtime/workflow/workflowTargets';
import { readSeedSources } from './loadSeedLibrary';

const seedWorkflows = readSeedSources()
  .map((s) => s.content as WorkflowDefinition)
  .filter((d) => d.kind === 'workflow');

describe('the workflow graph', () => {
  it('covers the whole seed library', () => {
    expect(seedWorkflows.length).toBeGreaterThanOrEqual(23);
  });

  it.each(seedWorkflows.map((d) => [d.id, d] as const))(
    '%s round-trips: definition → graph → definition is equal',
    (_id, definition) => {
      const graph = toGraph(definition);
      expect(toMachineConfig(graph)).toEqual(definition.machine);
      // Every transition with a target resolves to a state of the graph.
      const ids = new Set(graph.nodes.map((n) => n.id));
      for (const edge of graph.edges) {
        if (edge.transition.target !== undefined) expect(ids.has(edge.target ?? '')).toBe(true);
      }
    },
  );

  it('resolves and writes targets as XState does', () => {
    const machine = {
      initial: 'a',
      states: { a: { states: { x: {}, y: {} } }, b: {} },
    } as WorkflowDefinition['machine'];
    expect(resolveTarget(machine, 'a', 'b')).toBe('b');
    expect(resolveTarget(machine, 'a', '.x')).toBe('a.x');
    expect(resolveTarget(machine, 'a.x', 'y')).toBe('a.y');
    expect(resolveTarget(machine, 'a.x', '#pathway.b')).toBe('b');
    expect(resolveTarget(machine, 'a.x', 'b')).toBeUndefined();
    expect(toTarget('a.x', 'a.y')).toBe('y');
    expect(toTarget('a', 'a.x')).toBe('.x');
    expect(toTarget('a.x', 'b')).toBe('#pathway.b');
    expect(toTarget('', 'b')).toBe('.b');
  });
});

describe('the automatic layout', () => {
  it.each(seedWorkflows.map((d) => [d.id, d] as const))(
    '%s lays out with no two sibling states overlapping',
    async (_id, definition) => {
      const graph = toGraph(definition);
      const boxes = await layoutWorkflow(graph, new ELK());
      expect(boxes.size).toBe(graph.nodes.length);
      const byParent = new Map<string, typeof graph.nodes>();
      for (const node of graph.nodes)
        byParent.set(node.parentId ?? '', [...(byParent.get(node.parentId ?? '') ?? []), node]);
      for (const siblings of byParent.values()) {
        for (const a of siblings)
          for (const b of siblings) {
            if (a === b) continue;
            const p = boxes.get(a.id)!;
            const q = boxes.get(b.id)!;
            const overlap =
              p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
            expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
          }
      }
    },
  );
});
