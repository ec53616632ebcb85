import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA lives in editor/; the server serves the built files from dist/app.
export default defineConfig({
  root: 'editor',
  plugins: [react()],
  build: { outDir: '../dist/app', emptyOutDir: true, sourcemap: true },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000', '/healthz': 'http://localhost:3000' } },
});
