import { svelte } from '@sveltejs/vite-plugin-svelte';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const uiDir = dirname(fileURLToPath(import.meta.url));
const api = process.env.VITE_API_URL ?? 'http://127.0.0.1:4000';

/**
 * src/prefetch.ts is an entry of its own (a few hundred bytes), loaded before the app's bundle: it sends the
 * first view's network query while the browser is still downloading and parsing the bundle. (Two module
 * scripts in index.html would be merged into one entry by the build.) Also a low-priority prefetch of the
 * fcose chunk.
 */
function prefetchFirst(): Plugin {
  return {
    name: 'explorer:prefetch-first',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isEntry && c.name === 'prefetch',
        );
        const src = chunk ? `/${chunk.fileName}` : ctx.server ? '/src/prefetch.ts' : null;
        // fcose is not needed when the first view comes laid out by the server; when it is (a focus in the
        // link, a layout the server had not finished), it should not wait for a download: fetched at low
        // priority into the cache, evaluated only if imported.
        const fcose = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isDynamicEntry && c.name === 'cytoscape-fcose',
        );
        return [
          ...(src
            ? [{ tag: 'script', attrs: { type: 'module', crossorigin: true, src }, injectTo: 'head-prepend' as const }]
            : []),
          ...(fcose
            ? [
                {
                  tag: 'link',
                  attrs: { rel: 'prefetch', href: `/${fcose.fileName}`, crossorigin: true },
                  injectTo: 'head' as const,
                },
              ]
            : []),
        ];
      },
    },
  };
}

export default defineConfig({
  root: uiDir,
  plugins: [svelte(), prefetchFirst()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    rollupOptions: { input: { index: join(uiDir, 'index.html'), prefetch: join(uiDir, 'src', 'prefetch.ts') } },
  },
  server: { proxy: { '/graphql': api, '/ready': api, '/health': api } },
});
