import { useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { FormDefinition } from '../../../runtime';
import { BuilderWorkspace } from '../../../editor/features/forms/builder/BuilderWorkspace';
import { FormPreview } from '../../../editor/features/forms/builder/FormPreview';
import { PropertyPanel } from '../../../editor/features/forms/builder/PropertyPanel';
import { flattenFields, toFieldTree } from '../../../editor/features/forms/model/toFieldTree';
import { useCommandHistory } from '../../../editor/features/editing/useCommandHistory';
import { LanguageProvider } from '../../../editor/i18n/LanguageContext';
import { createDraftValidatorSource } from '../../../editor/api/formValidators';
import { FormValidatorsContext } from '../../../runtime/rendering/FormValidatorsContext';
import '../../../node_modules/dkfds/dist/css/dkfds.min.css';
import '../../../editor/features/forms/builder/builder.css';
import { createBenchForm } from '../formKeystroke/createBenchForm';

// The builder benchmark page: the form builder's canvas, property panel and live preview on a 300-field
// form, without the server (the draft's autosave is not what is measured).

declare global {
  interface Window {
    benchOpenedAt: number | undefined;
    benchStartedAt: number;
    benchAdd: (key: string) => Promise<Timing>;
    benchMove: (down: boolean) => Promise<Timing>;
  }
}

interface Timing {
  /** Until the canvas shows the edit. */
  canvas: number;
  /** Until canvas and preview both show it. */
  both: number;
}

/** Clicks `button` and times until `canvasDone()`, and then `done()`, hold after a DOM change. */
function timeUntil(button: HTMLElement, canvasDone: () => boolean, done: () => boolean): Promise<Timing> {
  let canvas: number | undefined;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    setTimeout(
      () =>
        reject(
          new Error(
            `Not done after 10 s: ${document.querySelector('.canvas-list')?.textContent?.slice(0, 300) ?? ''}`,
          ),
        ),
      10_000,
    );
    const observer = new MutationObserver(() => {
      if (canvas === undefined && canvasDone()) canvas = performance.now() - started;
      if (!done()) return;
      observer.disconnect();
      const both = performance.now() - started;
      resolve({ canvas: canvas ?? both, both });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    button.click();
  });
}

// Add: the palette's short text, until the new field is on the canvas and in the preview.
window.benchAdd = (key) => {
  const button = document.querySelector<HTMLButtonElement>('button[aria-label="Tilføj Kort tekst"]')!;
  const before = document.querySelectorAll('.canvas-field').length;
  const canvasDone = () => document.querySelectorAll('.canvas-field').length > before;
  return timeUntil(button, canvasDone, () => canvasDone() && Boolean(document.getElementById(`root_${key}`)));
};

// Move: the selected field ("Spørgsmål 2") down, then back up, until canvas and preview show the new order.
window.benchMove = (down) => {
  const button = [...document.querySelectorAll<HTMLButtonElement>('.canvas-actions button')].find((b) =>
    b.textContent?.includes(down ? 'Flyt ned' : 'Flyt op'),
  )!;
  const expected = down ? 'Spørgsmål 1,Spørgsmål 3,Spørgsmål 2' : 'Spørgsmål 1,Spørgsmål 2,Spørgsmål 3';
  const canvasDone = () =>
    [...document.querySelectorAll('.canvas-list .canvas-list .canvas-label')]
      .slice(0, 3)
      .map((label) => label.textContent)
      .join() === expected;
  return timeUntil(button, canvasDone, () => {
    const moved = document.querySelector('.builder-preview [data-field="s0.f1"]');
    const other = document.querySelector('.builder-preview [data-field="s0.f2"]');
    if (!moved || !other) return false;
    const after = Boolean(other.compareDocumentPosition(moved) & Node.DOCUMENT_POSITION_FOLLOWING);
    return after === down && canvasDone();
  });
};

function Builder({ initial }: { initial: FormDefinition }) {
  const history = useCommandHistory(initial);
  const [selected, setSelected] = useState<string | null>(null);
  const tree = useMemo(() => toFieldTree(history.doc), [history.doc]);
  const entry = flattenFields(tree).find((field) => field.path === selected);
  return (
    <>
      <BuilderWorkspace
        doc={history.doc}
        tree={tree}
        selected={entry ? selected : null}
        onSelect={setSelected}
        run={history.run}
        advanced={false}
      >
        <div className="builder-side">
          {entry ? (
            <PropertyPanel
              doc={history.doc}
              tree={tree}
              entry={entry}
              advanced={false}
              run={history.run}
              onSelect={setSelected}
            />
          ) : null}
        </div>
      </BuilderWorkspace>
      <FormPreview doc={history.doc} />
    </>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The benchmark page has no #root');
window.benchStartedAt = performance.now();
const form = createBenchForm(300);
// The preview's validators as in the app: generated elsewhere (a worker here, the server there), imported.
const generator = new Worker(new URL('./validatorWorker.ts', import.meta.url), { type: 'module' });
let requests = 0;
const validatorSource = createDraftValidatorSource(
  (schema) =>
    new Promise((resolve) => {
      const id = ++requests;
      const answer = (event: MessageEvent<{ id: number; code: string }>) => {
        if (event.data.id !== id) return;
        generator.removeEventListener('message', answer);
        resolve(URL.createObjectURL(new Blob([event.data.code], { type: 'text/javascript' })));
      };
      generator.addEventListener('message', answer);
      generator.postMessage({ id, schema });
    }),
);

createRoot(root).render(
  <FormValidatorsContext.Provider value={validatorSource}>
    <LanguageProvider>
      <Builder initial={form} />
    </LanguageProvider>
  </FormValidatorsContext.Provider>,
);
// Opened: the canvas and the preview both show the form's last field.
const observer = new MutationObserver(() => {
  if (document.getElementById('root_s9_f29') && document.querySelectorAll('.canvas-field').length >= 300) {
    window.benchOpenedAt = performance.now();
    observer.disconnect();
  }
});
observer.observe(root, { childList: true, subtree: true });
