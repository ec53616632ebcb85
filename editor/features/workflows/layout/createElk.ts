import ELK from 'elkjs/lib/elk-api';
import type { ELK as ElkInstance } from 'elkjs/lib/elk-api';

let elk: ElkInstance | undefined;

/** One ELK for the designer, running in a Web Worker so a large layout never blocks the page. */
export function getElk(): ElkInstance {
  elk ??= new ELK({
    workerFactory: () =>
      new Worker(new URL('elkjs/lib/elk-worker.min.js', import.meta.url), { type: 'classic' }),
  });
  return elk;
}
