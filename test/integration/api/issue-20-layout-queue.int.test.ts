/**
 * Issue 20 (found by the benchmark's cache-off server): each network query asks for its layouts, and with the read
 * cache off (or another limit, so another graph) each was a new layout thread, however many were computing
 * already. Asked every 250 ms whether its layouts were ready, that server ran some 20 layout threads at once at 10k nodes, held
 * both cores and 3 GiB for minutes, and slowed every target measured after it. Layouts now take turns
 * (graph-layout/network-layout.ts LayoutQueue): one computing, three waiting, the rest answered null at once (the
 * browser lays out then). Counted from the operating system: this process's threads (/proc/self/task), sampled
 * while a burst of network queries is answered.
 */
import { readdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutQueue } from '../../../api/src/graph-layout/network-layout.js';
import { buildTestApp, gql } from '../../helpers/app.js';

const LAYOUTS = '{ network { layout { id } actorLayout: layout(scope: ACTORS) { id } } }';
const threads = () => readdirSync('/proc/self/task').length;

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ READ_CACHE_ENTRIES: '0' });
});
afterAll(async () => {
  await app?.close();
});

describe('network layouts under a burst, read cache off (issue 20)', () => {
  it('should compute one layout at a time, answer every request, and leave no layout thread behind', async () => {
    const idle = async () => {
      while (layoutQueue.size.running + layoutQueue.size.waiting > 0) await new Promise((r) => setTimeout(r, 50));
    };
    // One layout first, so that the threads every layout thread brings along (tsx's loader) are counted in the base.
    await gql(app, LAYOUTS);
    await idle();
    const base = threads();
    let peak = base;
    const sampler = setInterval(() => (peak = Math.max(peak, threads())), 5);
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => gql<{ network: { layout: unknown } }>(app, LAYOUTS)),
    );
    await idle();
    clearInterval(sampler);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
    }
    // 24 layouts asked at once: one thread computing at a time (a layout thread and tsx's loader thread).
    expect(peak - base).toBeLessThanOrEqual(4);
    // Some were refused rather than queued: the burst is larger than the queue.
    expect(answers.filter((a) => a.data?.network.layout === null).length).toBeGreaterThan(0);
    // And nothing is left computing once they are answered.
    await new Promise((r) => setTimeout(r, 200));
    expect(threads()).toBeLessThanOrEqual(base);
  });
});
