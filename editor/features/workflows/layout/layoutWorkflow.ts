import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { WorkflowGraph } from '../../../../runtime/workflow/toGraph';

export interface NodeBox {
  /** Relative to the parent container (React Flow's convention for child nodes). */
  x: number;
  y: number;
  width: number;
  height: number;
}

export const STATE_WIDTH = 200;
export const STATE_HEIGHT = 64;
/** Room for a container's title above its children. */
const HEADER = 36;
const PADDING = 16;

/**
 * Lays the workflow out with ELK's layered algorithm (top to bottom, containers for compound and parallel
 * states) and puts states with a manual position (`meta.layout`) where they were put. Containers grow to
 * hold children moved outside them.
 */
export async function layoutWorkflow(graph: WorkflowGraph, elk: ELK): Promise<Map<string, NodeBox>> {
  const childrenOf = new Map<string | undefined, string[]>();
  for (const node of graph.nodes)
    childrenOf.set(node.parentId, [...(childrenOf.get(node.parentId) ?? []), node.id]);
  const ids = new Set(graph.nodes.map((n) => n.id));
  const toElk = (id: string): ElkNode => {
    const children = childrenOf.get(id) ?? [];
    if (children.length === 0) return { id, width: STATE_WIDTH, height: STATE_HEIGHT };
    return {
      id,
      layoutOptions: { 'elk.padding': `[top=${HEADER},left=${PADDING},bottom=${PADDING},right=${PADDING}]` },
      children: children.map(toElk),
    };
  };
  const seen = new Set<string>();
  const edges: ElkExtendedEdge[] = [];
  for (const edge of graph.edges) {
    if (!edge.source || !edge.target || edge.source === edge.target) continue;
    if (!ids.has(edge.source) || !ids.has(edge.target)) continue;
    // One drawn edge per pair is enough for the layout; it keeps ELK fast on state charts with many guards.
    const key = `${edge.source}>${edge.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ id: key, sources: [edge.source], targets: [edge.target] });
  }
  const root: ElkNode = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '48',
      'elk.spacing.nodeNode': '32',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: (childrenOf.get(undefined) ?? []).map(toElk),
    edges,
  };
  const result = await elk.layout(root);
  const boxes = new Map<string, NodeBox>();
  const read = (node: ElkNode) => {
    boxes.set(node.id, {
      x: node.x ?? 0,
      y: node.y ?? 0,
      width: node.width ?? STATE_WIDTH,
      height: node.height ?? STATE_HEIGHT,
    });
    node.children?.forEach(read);
  };
  result.children?.forEach(read);
  applyManualPositions(graph, boxes, childrenOf);
  return boxes;
}

/** Manual positions win; each container then grows (deepest first) to hold its children. */
function applyManualPositions(
  graph: WorkflowGraph,
  boxes: Map<string, NodeBox>,
  childrenOf: Map<string | undefined, string[]>,
): void {
  for (const node of graph.nodes) {
    const layout = node.config.meta?.layout;
    const box = boxes.get(node.id);
    if (layout && box) boxes.set(node.id, { ...box, x: layout.x, y: layout.y });
  }
  for (const node of [...graph.nodes].reverse()) {
    const children = childrenOf.get(node.id) ?? [];
    const box = boxes.get(node.id);
    if (!box || children.length === 0) continue;
    let width = box.width;
    let height = box.height;
    for (const child of children) {
      const c = boxes.get(child);
      if (!c) continue;
      width = Math.max(width, c.x + c.width + PADDING);
      height = Math.max(height, c.y + c.height + PADDING);
    }
    boxes.set(node.id, { ...box, width, height });
  }
}
