import type { Language, WorkflowDefinition } from '../../../../runtime';
import { toGraph } from '../../../../runtime/workflow/toGraph';

const idOf = (path: string) => path.replace(/\./g, '__');
const quote = (text: string) => text.replace(/"/g, "'").replace(/[\n\r]+/g, ' ');

/** The workflow as a Mermaid state diagram (stateDiagram-v2): compound states nest, parallel regions too. */
export function toMermaid(definition: WorkflowDefinition, language: Language): string {
  const graph = toGraph(definition);
  const lines = ['stateDiagram-v2'];
  const childrenOf = (parent: string | undefined) => graph.nodes.filter((n) => n.parentId === parent);
  const write = (parent: string | undefined, indent: string) => {
    const children = childrenOf(parent);
    const initial = children.find((n) => n.initial);
    if (initial) lines.push(`${indent}[*] --> ${idOf(initial.id)}`);
    for (const node of children) {
      const title = node.config.meta?.title?.[language] || node.name;
      lines.push(`${indent}state "${quote(title)}" as ${idOf(node.id)}`);
      if (childrenOf(node.id).length > 0) {
        lines.push(`${indent}state ${idOf(node.id)} {`);
        const regions = childrenOf(node.id);
        if (node.config.type === 'parallel') {
          regions.forEach((region, i) => {
            if (i > 0) lines.push(`${indent}  --`);
            lines.push(
              `${indent}  state "${quote(region.config.meta?.title?.[language] || region.name)}" as ${idOf(region.id)}`,
            );
            lines.push(`${indent}  state ${idOf(region.id)} {`);
            write(region.id, `${indent}    `);
            lines.push(`${indent}  }`);
          });
        } else write(node.id, `${indent}  `);
        lines.push(`${indent}}`);
      }
      if (node.config.type === 'final') lines.push(`${indent}${idOf(node.id)} --> [*]`);
    }
  };
  write(undefined, '  ');
  for (const edge of graph.edges) {
    if (!edge.source || !edge.target) continue;
    const label = `${edge.kind === 'on' ? edge.event : edge.kind}${edge.transition.guard !== undefined ? ' [betingelse]' : ''}`;
    lines.push(`  ${idOf(edge.source)} --> ${idOf(edge.target)} : ${quote(label)}`);
  }
  return `${lines.join('\n')}\n`;
}
