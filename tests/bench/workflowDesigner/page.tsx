import { createRoot } from 'react-dom/client';
import { toGraph } from '../../../runtime/workflow/toGraph';
import { WorkflowCanvas } from '../../../editor/features/workflows/canvas/WorkflowCanvas';
import { workflowsText } from '../../../editor/features/workflows/text';
import '../../../editor/features/workflows/workflowDesigner.css';
import { createLargeWorkflow } from './createLargeWorkflow';

declare global {
  interface Window {
    benchStartRecording: () => void;
    benchStopRecording: () => number[];
  }
}

// The designer's real canvas (React Flow + the ELK worker) on a 200-state workflow, without the server.
const graph = toGraph(createLargeWorkflow());
const empty = new Set<string>();
const noLint = new Map<string, 'error' | 'warning'>();

let frames: number[] = [];
let recording = false;
window.benchStartRecording = () => {
  frames = [];
  recording = true;
  let last = performance.now();
  const tick = (now: number) => {
    frames.push(now - last);
    last = now;
    if (recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};
window.benchStopRecording = () => {
  recording = false;
  return frames.slice(1);
};

createRoot(document.getElementById('root')!).render(
  <div style={{ height: '900px' }}>
    <WorkflowCanvas
      graph={graph}
      language="da"
      text={workflowsText.da.canvas}
      selection={undefined}
      onSelect={() => undefined}
      onMove={() => undefined}
      activePaths={empty}
      lintByState={noLint}
      layoutGeneration={0}
      onRelayout={() => undefined}
    />
  </div>,
);
