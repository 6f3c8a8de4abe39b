import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // UI stores and components: Svelte compiler, jsdom, @testing-library/svelte. Never creates a Cytoscape
        // canvas (GraphCanvas is tested in Chromium by the e2e project).
        plugins: [svelte(), svelteTesting()],
        test: {
          name: 'component',
          include: ['test/unit/ui/**/*.test.svelte.ts'],
          environment: 'jsdom',
          setupFiles: ['test/unit/ui/component-setup.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.int.test.ts'],
          environment: 'node',
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        // Slow fault tests (own embedded Neo4j instances, SIGKILL, child servers): `npm run test:reliability`
        // only, never in `npm test`. One file at a time, so their timings are not each other's load.
        test: {
          name: 'reliability',
          include: ['test/reliability/**/*.rel.test.ts'],
          environment: 'node',
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
