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
  }
}

window.benchLatencies = [];
// Timed from the key's input event (a window capture listener runs before React's) to a task after it:
// the event handlers, React's render (a discrete event renders in a microtask right after the handlers)
// and a forced layout. The browser's own way from the key to the page (its IPC between keydown and input,
// the test driver) is left out: it is the same for every renderer and, on a loaded machine, only noise.
window.addEventListener(
  'input',
  () => {
    const started = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      void document.body.offsetHeight;
      window.benchLatencies.push(performance.now() - started);
    };
    channel.port2.postMessage(undefined);
  },
  true,
);

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
