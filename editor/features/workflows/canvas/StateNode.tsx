import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';

export interface StateNodeData extends Record<string, unknown> {
  title: string;
  name: string;
  kind: 'atomic' | 'compound' | 'parallel' | 'final';
  initial: boolean;
  container: boolean;
  active: boolean;
  badges: string[];
  /** Transitions that stay in the state (actions only), listed inside it. */
  internal: string[];
  lint: 'error' | 'warning' | undefined;
}

export type StateFlowNode = Node<StateNodeData, 'state'>;

/** One state on the canvas; containers (compound, parallel) draw their children inside. */
export const StateNode = memo(function StateNode({ data, selected }: NodeProps<StateFlowNode>) {
  const classes = [
    'wf-node',
    `wf-node-${data.kind}`,
    data.container ? 'wf-node-container' : '',
    data.active ? 'wf-node-active' : '',
    selected ? 'wf-node-selected' : '',
    data.lint ? `wf-node-lint-${data.lint}` : '',
  ];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <Handle type="target" position={Position.Top} className="wf-handle" />
      <div className="wf-node-head">
        <span className="wf-node-title">{data.title}</span>
        {data.badges.length > 0 ? (
          <span className="wf-node-badges">
            {data.badges.map((b) => (
              <span key={b} className="wf-badge">
                {b}
              </span>
            ))}
          </span>
        ) : null}
      </div>
      {!data.container ? <span className="wf-node-name">{data.name}</span> : null}
      {data.internal.length > 0 && !data.container ? (
        <span className="wf-node-internal">⟳ {data.internal.join(', ')}</span>
      ) : null}
      <Handle type="source" position={Position.Bottom} className="wf-handle" />
    </div>
  );
});
