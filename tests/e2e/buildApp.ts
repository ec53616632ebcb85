import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Vitest global setup for the browser tests: builds the SPA once into dist/app, which the server serves. */
export default async function buildApp(): Promise<void> {
  await build({
    configFile: `${projectRoot}vite.config.ts`,
    root: `${projectRoot}editor`,
    logLevel: 'warn',
    build: { sourcemap: false },
  });
}
