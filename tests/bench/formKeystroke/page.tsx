import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { createRoot } from 'react-dom/client';
import { FormView } from '../../../runtime/rendering';
import { createBenchForm } from './createBenchForm';

// The benchmark page: one 300-field form, rendered by our renderer (`?renderer=ours`) or by stock rjsf with
// live validation (`?renderer=stock`), or as bare inputs (`?renderer=plain`, the floor).

declare global {
  interface Window {
    benchLatencies: number[];
    benchFrameLatencies: number[];
  }
}

window.benchLatencies = [];
window.benchFrameLatencies = [];
// Two measures per keystroke, both timed from the key's input event (a window capture listener runs before
// React's handlers). The bench types one key at a time, a person's pace, so no other key's work is queued in
// between (keys sent back to back measured the keys before them too, even on 300 bare inputs).
// 1. Keystroke to screen: to a task after the event. It holds the event handlers, React's render of what the
//    key changed (a discrete event renders in a microtask right after the handlers) and a forced layout.
// 2. Keystroke to the next frame: to a task after the next animation frame. It adds what else the browser
//    runs before that frame (deferred React work already under way, style, paint) and the wait for the
//    frame itself (up to 16.7 ms at 60 Hz): closer to what the eye sees, noisier.
// The browser's own way from the key to the page (its IPC between keydown and input, the test driver) is
// left out: it is the same for every renderer and, on a loaded machine, only noise.
window.addEventListener(
  'input',
  () => {
    const started = performance.now();
    afterTask(() => {
      void document.body.offsetHeight;
      window.benchLatencies.push(performance.now() - started);
    });
    requestAnimationFrame(() =>
      afterTask(() => window.benchFrameLatencies.push(performance.now() - started)),
    );
  },
  true,
);

/** Runs `then` in a task of its own, after what is already queued (a MessageChannel message, no timer clamp). */
function afterTask(then: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = then;
  channel.port2.postMessage(undefined);
}

const form = createBenchForm(300);
const renderer = new URLSearchParams(location.search).get('renderer');
const root = document.getElementById('root');
if (!root) throw new Error('The benchmark page has no #root');
if (renderer === 'plain') {
  // The floor: the same number of bare inputs, no React, no form library.
  for (let i = 0; i < 300; i++) {
    const input = document.createElement('input');
    input.id = `plain_${i}`;
    input.setAttribute('aria-label', `Felt ${i + 1}`);
    root.append(input);
  }
} else
  createRoot(root).render(
    renderer === 'stock' ? (
      <Form schema={form.schema} uiSchema={form.uiSchema} validator={validator} liveValidate />
    ) : (
      <FormView form={form} language="da" onSubmit={() => undefined} />
    ),
  );
