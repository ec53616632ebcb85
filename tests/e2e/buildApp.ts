import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Vitest global setup for the browser tests: builds the SPA once into dist/app, which the server serves. */
export default async function buildApp(): Promise<void> {
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build: test what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: `${projectRoot}vite.config.ts`,
      root: `${projectRoot}editor`,
      mode: 'production',
      logLevel: 'warn',
      // FORLOEB_APP_DIR lets several test runs on one machine build and serve their own copy.
      ...(process.env.FORLOEB_APP_DIR ? { build: { outDir: process.env.FORLOEB_APP_DIR } } : {}),
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
