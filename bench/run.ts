/**
 * `npm run bench [-- options]`: the benchmark (bench/README in the main README's "Performance" section).
 *   (default)            seed suite (W1–W5 × API / raw driver / peer × c = 1, 8, 32) and the UI timings
 *   --scale N            add a synthetic graph of N nodes (repeatable: --scale 10000 --scale 100000); with
 *                        --scale, the seed suite and the UI are skipped unless --seed / --ui are given
 *   --duration S         seconds per target and cell (default 2), --warmup S (default 0.5); each cell measures
 *                        its targets ABBA, in order then reversed, for half of each
 *   --neo4j-warmup S     before a suite's first cell, the raw driver runs W2–W4 for S seconds (default 90: a new
 *                        Neo4j compiles its hot paths for about that long); 0: none
 *   --concurrency 1,8,32 --workload W1 (repeatable; W2 is both depths) --no-autocannon --no-ui --ui-repeats 3 --cpu-prof
 *   --no-uncached        skip our API with its read cache off (target "API, cache off", W1 and W5)
 *   --import bulk|unwind how a scale suite loads its graph: Neo4j's bulk importer (default) or batched UNWIND
 *   --import-compare     also load each size the other way, in its own Neo4j, and report both side by side
 *   --out DIR            where <date>.json and <date>.md go (default bench/results)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../api/src/config.js';
import { runBenchmark } from './lib/bench.js';
import { renderMarkdown } from './lib/report.js';
import type { BenchReport } from './lib/types.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', multiple: true, default: [] },
    seed: { type: 'boolean', default: false },
    ui: { type: 'boolean', default: false },
    'no-ui': { type: 'boolean', default: false },
    duration: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '0.5' },
    'neo4j-warmup': { type: 'string', default: '90' },
    concurrency: { type: 'string', default: '1,8,32' },
    workload: { type: 'string', multiple: true, default: [] },
    'no-autocannon': { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    'no-uncached': { type: 'boolean', default: false },
    import: { type: 'string', default: 'bulk' },
    'import-compare': { type: 'boolean', default: false },
    'ui-repeats': { type: 'string', default: '3' },
    out: { type: 'string', default: join(PROJECT_ROOT, 'bench', 'results') },
  },
});

const scales = values.scale.map((s) => {
  const n = Number(s.replace(/k$/i, '000').replace(/m$/i, '000000'));
  if (!Number.isInteger(n) || n < 100) throw new Error(`--scale takes a node count (100 or more), got "${s}"`);
  return n;
});
const scaleOnly = scales.length > 0;
if (values.import !== 'bulk' && values.import !== 'unwind')
  throw new Error(`--import takes bulk or unwind, got "${values.import}"`);
const importMethod = values.import;
const started = Date.now();
const base = (date: string) => join(values.out, scaleOnly ? `${date}-scale-${scales.join('-')}` : date);
/** Writes <base>.json and .md; after each suite too, so a run stopped early keeps what it measured. */
function write(report: BenchReport): string {
  const path = base(report.date);
  mkdirSync(values.out, { recursive: true });
  writeFileSync(`${path}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${path}.md`, renderMarkdown(report));
  return path;
}
const report = await runBenchmark({
  seed: !scaleOnly || values.seed,
  durationMs: Number(values.duration) * 1000,
  warmupMs: Number(values.warmup) * 1000,
  neo4jWarmupMs: Number(values['neo4j-warmup']) * 1000,
  concurrency: values.concurrency.split(',').map(Number),
  autocannon: !values['no-autocannon'],
  workloads: values.workload,
  ui:
    values['no-ui'] || (scaleOnly && !values.ui)
      ? null
      : {
          sizes: [1000, 5000, 10000],
          renderers: ['canvas', 'webgl'],
          repeats: Number(values['ui-repeats']),
          timeoutMs: 60_000,
        },
  scales,
  importMethod,
  importCompare: values['import-compare'],
  uncached: !values['no-uncached'],
  cpuProfile: values['cpu-prof'],
  profileDir: join(values.out, 'profiles'),
  log: (line) => console.log(line),
  onProgress: (partial) => console.log(`Wrote ${write(partial)}.json and .md (${partial.pending ?? 0} suites to go).`),
});
const path = write(report);
console.log(`\n${renderMarkdown(report)}`);
console.log(`Wrote ${path}.json and ${path}.md in ${Math.round((Date.now() - started) / 1000)} s.`);
