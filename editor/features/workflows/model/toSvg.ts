import type { Language, WorkflowDefinition } from '../../../../runtime';
import { toGraph } from '../../../../runtime/workflow/toGraph';
import type { NodeBox } from '../layout/layoutWorkflow';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The laid-out workflow as a standalone SVG: boxes for states (containers drawn around their children),
 * straight arrows for transitions with the event as label. Positions are the canvas's (relative to parents).
 */
export function toSvg(
  definition: WorkflowDefinition,
  boxes: Map<string, NodeBox>,
  language: Language,
): string {
  const graph = toGraph(definition);
  const absolute = new Map<string, NodeBox>();
  for (const node of graph.nodes) {
    const box = boxes.get(node.id);
    if (!box) continue;
    const parent = node.parentId ? absolute.get(node.parentId) : undefined;
    absolute.set(node.id, { ...box, x: box.x + (parent?.x ?? 0), y: box.y + (parent?.y ?? 0) });
  }
  const all = [...absolute.values()];
  const width = Math.max(100, ...all.map((b) => b.x + b.width)) + 20;
  const height = Math.max(100, ...all.map((b) => b.y + b.height)) + 20;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<title>${escape(definition.title[language])}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>',
  ];
  const containers = new Set(graph.nodes.flatMap((n) => (n.parentId ? [n.parentId] : [])));
  for (const node of graph.nodes) {
    const b = absolute.get(node.id);
    if (!b) continue;
    const title = escape(node.config.meta?.title?.[language] || node.name);
    const container = containers.has(node.id);
    const final = node.config.type === 'final';
    parts.push(
      `<g><rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="8" fill="${container ? '#f4f6f8' : '#fff'}" stroke="${node.initial ? '#0059b3' : '#555'}" stroke-width="${final ? 3 : 1.5}"${container ? ' stroke-dasharray="4 3"' : ''}/>`,
      `<text x="${b.x + 10}" y="${b.y + 20}" font-weight="bold">${title}</text>`,
      container ? '' : `<text x="${b.x + 10}" y="${b.y + 40}" fill="#444">${escape(node.name)}</text>`,
      '</g>',
    );
  }
  for (const edge of graph.edges) {
    if (!edge.source || !edge.target || edge.source === edge.target) continue;
    const a = absolute.get(edge.source);
    const b = absolute.get(edge.target);
    if (!a || !b) continue;
    const x1 = a.x + a.width / 2;
    const y1 = a.y + a.height;
    const x2 = b.x + b.width / 2;
    const y2 = b.y;
    const label = escape(edge.kind === 'on' ? edge.event : edge.kind);
    parts.push(
      `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#333" marker-end="url(#arrow)"/>`,
      `<text x="${(x1 + x2) / 2 + 4}" y="${(y1 + y2) / 2}" fill="#222">${label}</text>`,
    );
  }
  parts.push('</svg>');
  return `${parts.filter(Boolean).join('\n')}\n`;
}
