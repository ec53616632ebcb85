import { useEffect, useMemo, useState } from 'react';
import type { WorkflowGraph } from '../../../../runtime/workflow/toGraph';
import { getElk } from '../layout/createElk';
import { layoutWorkflow, type NodeBox } from '../layout/layoutWorkflow';

/**
 * The automatic layout of the graph, redone (in the ELK worker) only when its shape changes: states added,
 * removed, renamed or moved by hand, transitions rewired. Editing a title does not move anything.
 */
export function useGraphLayout(graph: WorkflowGraph, generation: number): Map<string, NodeBox> | undefined {
  const shape = useMemo(
    () =>
      JSON.stringify([
        graph.nodes.map((n) => [n.id, n.parentId ?? '', n.config.meta?.layout ?? null]),
        graph.edges.map((e) => [e.source, e.target ?? '']),
      ]),
    [graph],
  );
  const [layout, setLayout] = useState<{ shape: string; boxes: Map<string, NodeBox> }>();
  useEffect(() => {
    let current = true;
    layoutWorkflow(graph, getElk()).then(
      (boxes) => current && setLayout({ shape, boxes }),
      (error: unknown) => console.error('Layout failed', error),
    );
    return () => {
      current = false;
    };
    // `graph` is read for the shape it has; a new graph of the same shape needs no new layout.
  }, [shape, generation]);
  return layout?.boxes;
}
