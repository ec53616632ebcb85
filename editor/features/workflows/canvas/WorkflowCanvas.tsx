import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useNodesState,
  useReactFlow,
  type Edge,
  type NodeChange,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Language } from '../../../../runtime';
import type { WorkflowGraph } from '../../../../runtime/workflow/toGraph';
import { STATE_HEIGHT, STATE_WIDTH } from '../layout/layoutWorkflow';
import { toSelectionKey, type Selection } from '../model/Selection';
import type { WorkflowsText } from '../text';
import { StateNode, type StateFlowNode } from './StateNode';
import { useGraphLayout } from './useGraphLayout';

const nodeTypes = { state: StateNode };

export interface WorkflowCanvasProps {
  graph: WorkflowGraph;
  language: Language;
  text: WorkflowsText['canvas'];
  selection: Selection | undefined;
  onSelect: (selection: Selection | undefined) => void;
  /** A state was dragged to a new place (relative to its parent). */
  onMove: (path: string, position: { x: number; y: number }) => void;
  activePaths: ReadonlySet<string>;
  lintByState: ReadonlyMap<string, 'error' | 'warning'>;
  /** Bumped to redo the automatic layout ignoring nothing (after "Automatisk layout"). */
  layoutGeneration: number;
  onRelayout: () => void;
}

/** The workflow drawn as a state chart: React Flow for the canvas, ELK for the automatic layout. */
export function WorkflowCanvas(props: WorkflowCanvasProps) {
  return (
    <ReactFlowProvider>
      <CanvasInner {...props} />
    </ReactFlowProvider>
  );
}

function CanvasInner(props: WorkflowCanvasProps) {
  const { graph, language, text, selection, onSelect, onMove, activePaths, lintByState } = props;
  const boxes = useGraphLayout(graph, props.layoutGeneration);
  const flow = useReactFlow();

  // Selection by key: a new object for the same selection must not redraw the canvas.
  const selectionKey = toSelectionKey(selection);
  const selectionRef = useRef(selectionKey);
  selectionRef.current = selectionKey;
  const derived = useMemo((): StateFlowNode[] => {
    if (!boxes) return [];
    const containers = new Set(graph.nodes.flatMap((n) => (n.parentId ? [n.parentId] : [])));
    return graph.nodes.map((node, index) => {
      const box = boxes.get(node.id) ?? {
        x: 20 + (index % 5) * (STATE_WIDTH + 20),
        y: 20 + Math.floor(index / 5) * (STATE_HEIGHT + 40),
        width: STATE_WIDTH,
        height: STATE_HEIGHT,
      };
      const container = containers.has(node.id);
      const kind = node.config.type ?? (container ? 'compound' : 'atomic');
      const title = node.config.meta?.title?.[language] || node.name;
      const badges = [
        node.initial ? text.initial : '',
        kind === 'final' ? text.final : '',
        kind === 'parallel' ? text.parallel : '',
      ].filter(Boolean);
      const internal = graph.edges
        .filter((e) => e.source === node.id && e.transition.target === undefined && e.kind === 'on')
        .map((e) => e.event);
      const selected = selectionKey === `state:${node.id}`;
      return {
        id: node.id,
        type: 'state',
        position: { x: box.x, y: box.y },
        ...(node.parentId ? { parentId: node.parentId } : {}),
        data: {
          title,
          name: node.name,
          kind,
          initial: node.initial,
          container,
          active: activePaths.has(node.id),
          badges,
          internal: [...new Set(internal)],
          lint: lintByState.get(node.id),
        },
        selected,
        ariaLabel: `${title} (${node.id})${badges.length ? `, ${badges.join(', ')}` : ''}`,
        style: container ? { width: box.width, height: box.height } : { width: STATE_WIDTH },
        ...(container ? { zIndex: 0 } : {}),
      };
    });
  }, [boxes, graph, language, text, selectionKey, activePaths, lintByState]);

  const [nodes, setNodes, onNodesChange] = useNodesState<StateFlowNode>([]);
  useEffect(() => setNodes(derived), [derived, setNodes]);

  const edges = useMemo((): Edge[] => {
    const ids = new Set(graph.nodes.map((n) => n.id));
    return graph.edges
      .filter((e) => e.source && e.target && ids.has(e.source) && ids.has(e.target))
      .map((e) => {
        const label = `${e.kind === 'on' ? e.event : e.kind}${e.transition.guard !== undefined ? ' [?]' : ''}`;
        const selected = selectionKey === toSelectionKey({ kind: 'transition', ref: e });
        return {
          id: e.id,
          source: e.source,
          target: e.target!,
          label,
          ariaLabel: `${label}: ${e.source} → ${e.target}`,
          markerEnd: { type: MarkerType.ArrowClosed },
          className: selected ? 'wf-edge-selected' : undefined,
          zIndex: 1,
        };
      });
  }, [graph, selectionKey]);

  // A state selected on the canvas is already in view; one chosen elsewhere (outline, lint) is brought into it.
  const selectedHere = useRef<string | undefined>(undefined);
  const handleSelection = useCallback(
    ({ nodes: selectedNodes, edges: selectedEdges }: OnSelectionChangeParams) => {
      // React Flow may call a handler of an earlier render: compare with the selection as it is now.
      const node = selectedNodes[0];
      const edge = selectedEdges[0];
      if (node) {
        if (selectionRef.current === `state:${node.id}`) return;
        selectedHere.current = node.id;
        onSelect({ kind: 'state', path: node.id });
        return;
      }
      const found = edge ? graph.edges.find((e) => e.id === edge.id) : undefined;
      if (found && selectionRef.current !== toSelectionKey({ kind: 'transition', ref: found }))
        onSelect({ kind: 'transition', ref: found });
    },
    [graph, onSelect],
  );

  const handleChanges = useCallback(
    (changes: NodeChange<StateFlowNode>[]) => {
      // Selection is the designer's (props); an empty list must not replace the nodes, or React Flow
      // hears new nodes, reports (de)selection again and the two chase each other.
      const kept = changes.filter((c) => c.type !== 'select');
      if (kept.length > 0) onNodesChange(kept);
    },
    [onNodesChange],
  );

  // Keyboard moves (arrow keys on a selected node) and drags end here: the position is saved as a command.
  const handleDragStop = useCallback(
    (_event: unknown, node: StateFlowNode) =>
      onMove(node.id, { x: Math.round(node.position.x), y: Math.round(node.position.y) }),
    [onMove],
  );

  const [query, setQuery] = useState('');
  const [searchResult, setSearchResult] = useState('');
  const search = (event: FormEvent) => {
    event.preventDefault();
    const q = query.trim().toLowerCase();
    const found = graph.nodes.find(
      (n) =>
        n.id.toLowerCase().includes(q) ||
        (n.config.meta?.title?.da ?? '').toLowerCase().includes(q) ||
        (n.config.meta?.title?.en ?? '').toLowerCase().includes(q),
    );
    if (!q || !found) {
      setSearchResult(text.noMatch);
      return;
    }
    setSearchResult('');
    selectedHere.current = found.id;
    onSelect({ kind: 'state', path: found.id });
    void flow.fitView({ nodes: [{ id: found.id }], duration: 300, maxZoom: 1.2 });
  };

  // The selected state comes into view when it is chosen elsewhere (outline, lint panel).
  const selectedPath = selection?.kind === 'state' ? selection.path : undefined;
  useEffect(() => {
    if (selectedPath && boxes)
      void flow.fitView({ nodes: [{ id: selectedPath }], duration: 200, maxZoom: 1.2 });
  }, [selectedPath]);

  return (
    <section className="wf-canvas" aria-label={text.label}>
      <div className="wf-canvas-tools">
        <form className="wf-search" role="search" onSubmit={search}>
          <label htmlFor="wf-search-input">{text.search}</label>
          <input
            id="wf-search-input"
            className="form-input"
            type="search"
            value={query}
            placeholder={text.searchPlaceholder}
            onChange={(e) => setQuery(e.target.value)}
          />
          <button type="submit" className="button button-secondary">
            {text.search}
          </button>
          <span role="status" className="wf-search-result">
            {searchResult}
          </span>
        </form>
        <button type="button" className="button button-secondary" onClick={props.onRelayout}>
          {text.relayout}
        </button>
      </div>
      <div className="wf-canvas-flow">
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodesChange={handleChanges}
          onSelectionChange={handleSelection}
          onNodeDragStop={handleDragStop}
          onPaneClick={() => onSelect(undefined)}
          fitView
          minZoom={0.1}
          nodesConnectable={false}
          deleteKeyCode={null}
          proOptions={{ hideAttribution: true }}
        >
          <Background />
          <Controls />
          <MiniMap pannable zoomable ariaLabel={text.label} />
        </ReactFlow>
      </div>
    </section>
  );
}
