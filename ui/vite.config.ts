import { svelte } from '@sveltejs/vite-plugin-svelte';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const uiDir = dirname(fileURLToPath(import.meta.url));
const api = process.env.VITE_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root: uiDir,
  plugins: [svelte()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 800 },
  server: { proxy: { '/graphql': api, '/ready': api, '/health': api } },
});
