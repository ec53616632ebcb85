import { build } from 'esbuild';

/**
 * Bundles the server and its command-line tools into dist/server, so it starts fast (no TypeScript at
 * start-up): `npm run build:server`, and the fault tests' setup.
 */
export async function buildServer(): Promise<void> {
  await build({
    entryPoints: ['server/main.ts', 'server/cli/storeCli.ts'],
    outdir: 'dist/server',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['pg-native'],
    sourcemap: true,
    logLevel: 'warning',
    // CommonJS packages inside an ES module bundle still call require().
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildServer();
