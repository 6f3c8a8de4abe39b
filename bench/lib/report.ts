/** The benchmark's tables (markdown) and the targets of the issue, checked against the measurements. */
import { warmupLine } from './neo4j-warmup.js';
import { BUSY_PERCENT, SETTLE_MAX_MS, type Busy } from './settle.js';
import type { BenchReport, Measurement, SuiteResult } from './bench.js';
import type { ImportResult } from './scale.js';
import { f, find, x } from './cells.js';
import { checkTargets } from './targets.js';

export { checkTargets, type TargetCheck } from './targets.js';

const cell = (m: Measurement | undefined) =>
  m ? `${f(m.rps, 0)} · ${f(m.p50, 2)} / ${f(m.p99, 2)}${m.errors ? ` ⚠${m.errors}` : ''}` : '';
const cannonCell = (m: Measurement | undefined) =>
  m ? `${f(m.rps, 0)} · ${f(m.p50, 0)} / ${f(m.p99, 0)}${m.errors ? ` ⚠${m.errors}` : ''}` : '';

export function suiteTable(suite: SuiteResult, concurrency: number[]): string {
  const workloads = [...new Set(suite.measurements.map((m) => m.workload))];
  const lines = [
    '| workload | c | API (a) | raw driver (b) | API ÷ driver, p50 | driver + domain | peer (c) | API ÷ peer, req/s | autocannon: API | autocannon: peer | API, cache off | cache off ÷ driver, p50 |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  ];
  for (const w of workloads) {
    for (const c of concurrency) {
      const api = find(suite, w, 'api', c);
      const driver = find(suite, w, 'driver', c);
      const domain = find(suite, w, 'domain', c);
      const peer = find(suite, w, 'peer', c);
      const uncached = find(suite, w, 'uncached', c);
      if (!api && !driver) continue;
      lines.push(
        `| ${w} | ${c} | ${cell(api)} | ${cell(driver)} | ${x((api?.p50 ?? NaN) / (driver?.p50 ?? NaN))} | ${cell(domain)} | ${cell(peer)} | ${peer ? x((api?.rps ?? NaN) / peer.rps) : ''} | ${cannonCell(find(suite, w, 'api', c, 'autocannon'))} | ${cannonCell(find(suite, w, 'peer', c, 'autocannon'))} | ${cell(uncached)} | ${uncached ? x(uncached.p50 / (driver?.p50 ?? NaN)) : ''} |`,
      );
    }
  }
  return lines.join('\n');
}

/** a ÷ b of one figure in one half of an ABBA cell, with both targets' places in that half ("2.59× (1 · 2)"). */
function halfRatio(a: Measurement | undefined, b: Measurement | undefined, half: 0 | 1, key: 'p50' | 'rps'): string {
  const ha = a?.halves?.[half];
  const hb = b?.halves?.[half];
  return ha && hb ? `${x(ha[key] / hb[key])} (${ha.position} · ${hb.position})` : '';
}

/**
 * The order's effect, from the ABBA halves: API ÷ driver at p50 and API ÷ peer in req/s, in the first half
 * (targets in order) and the second (reversed), beside the pooled figure of the tables above.
 */
export function orderTable(suite: SuiteResult, concurrency: number[]): string {
  const workloads = [...new Set(suite.measurements.map((m) => m.workload))];
  const lines = [
    '| workload | c | API ÷ driver, p50: 1st half | 2nd half | pooled | API ÷ peer, req/s: 1st half | 2nd half | pooled | autocannon, API ÷ peer, req/s: 1st half | 2nd half | pooled |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  ];
  for (const w of workloads) {
    for (const c of concurrency) {
      const [api, driver, peer] = (['api', 'driver', 'peer'] as const).map((t) => find(suite, w, t, c));
      if (!api?.halves || (!driver?.halves && !peer?.halves)) continue;
      const [cannonApi, cannonPeer] = (['api', 'peer'] as const).map((t) => find(suite, w, t, c, 'autocannon'));
      const pooled = (a: Measurement | undefined, other: Measurement | undefined, key: 'p50' | 'rps') =>
        a?.halves && other?.halves ? x(a[key] / other[key]) : '';
      lines.push(
        `| ${w} | ${c} | ${halfRatio(api, driver, 0, 'p50')} | ${halfRatio(api, driver, 1, 'p50')} | ${pooled(api, driver, 'p50')} | ${halfRatio(api, peer, 0, 'rps')} | ${halfRatio(api, peer, 1, 'rps')} | ${pooled(api, peer, 'rps')} | ${halfRatio(cannonApi, cannonPeer, 0, 'rps')} | ${halfRatio(cannonApi, cannonPeer, 1, 'rps')} | ${pooled(cannonApi, cannonPeer, 'rps')} |`,
      );
    }
  }
  return lines.length > 2 ? lines.join('\n') : '';
}

const cpuCell = (m: Measurement | undefined) => (m?.cpu ? `${f(m.cpu.server, 2)} + ${f(m.cpu.neo4j, 2)}` : '');

/**
 * CPU ms per request, of the serving process + of the Neo4j JVM (warm-up included): the work each target does,
 * less sensitive than latency to other load on a shared machine. The driver's "serving process" is the
 * benchmark process (raw driver and load loop); the API's and the peer's exclude the load generator.
 */
export function cpuTable(suite: SuiteResult, concurrency: number[]): string {
  const workloads = [...new Set(suite.measurements.map((m) => m.workload))];
  const lines = [
    '| workload | c | API + Neo4j | raw driver + Neo4j | peer + Neo4j | API ÷ peer, total CPU |',
    '| --- | --: | --: | --: | --: | --: |',
  ];
  const total = (m: Measurement | undefined) =>
    m?.cpu ? m.cpu.server + (Number.isFinite(m.cpu.neo4j) ? m.cpu.neo4j : 0) : NaN;
  for (const w of workloads) {
    for (const c of concurrency) {
      const [api, driver, peer] = (['api', 'driver', 'peer'] as const).map((t) => find(suite, w, t, c));
      if (!api?.cpu) continue;
      lines.push(
        `| ${w} | ${c} | ${cpuCell(api)} | ${cpuCell(driver)} | ${cpuCell(peer)} | ${peer ? x(total(api) / total(peer)) : ''} |`,
      );
    }
  }
  return lines.length > 2 ? lines.join('\n') : '';
}

/**
 * Growth exponents k of p50 ∝ nodes^k: from each size to the next, then over the whole range
 * ("0.62 → 0.45; 0.53 overall"); one value with two sizes.
 */
function growth(values: Array<number | undefined>, nodes: number[]): string {
  const k = (i: number, j: number) =>
    values[i] !== undefined && values[j] !== undefined
      ? Math.log(values[j]! / values[i]!) / Math.log(nodes[j]! / nodes[i]!)
      : NaN;
  if (nodes.length < 2) return '–';
  const overall = f(k(0, nodes.length - 1), 2);
  if (nodes.length === 2) return overall;
  const steps = nodes.slice(1).map((_, i) => f(k(i, i + 1), 2));
  return `${steps.join(' → ')}; ${overall} overall`;
}

/** p50 (c = 1) of each workload and target across the scale suites, with the growth exponent per decade. */
export function scaleCurve(report: BenchReport): string {
  const suites = report.suites.filter((s) => s.import);
  if (suites.length === 0) return '';
  const workloads = [...new Set(suites.flatMap((s) => s.measurements.map((m) => m.workload)))];
  const c = report.options.concurrency[0]!;
  const header = `| workload | target | ${suites.map((s) => `${s.name} (${s.nodes} nodes) p50 / p99 ms`).join(' | ')} | growth exponent of p50 |`;
  const lines = [header, `| --- | --- | ${suites.map(() => '--:').join(' | ')} | --: |`];
  for (const w of workloads) {
    for (const t of ['api', 'driver', 'peer']) {
      const ms = suites.map((s) => find(s, w, t, c));
      if (ms.every((m) => !m)) continue;
      const exponent = growth(
        ms.map((m) => m?.p50),
        suites.map((s) => s.nodes),
      );
      lines.push(
        `| ${w} | ${t} | ${ms.map((m) => (m ? `${f(m.p50, 2)} / ${f(m.p99, 2)}` : '')).join(' | ')} | ${exponent} |`,
      );
    }
  }
  const colds = suites.map((s) => s.cold ?? []);
  const coldLines: string[] = [];
  for (const target of [...new Set(colds.flat().map((r) => `${r.workload}\u0000${r.target}`))]) {
    const [w, t] = target.split('\u0000');
    const rs = colds.map((list) => list.find((r) => r.workload === w && r.target === t));
    const exponent = growth(
      rs.map((r) => r?.p50),
      suites.map((s) => s.nodes),
    );
    coldLines.push(
      `| ${w} cold | ${t} | ${rs.map((r) => (r ? `${f(r.p50, 0)} / max ${f(r.max, 0)}; ${r.probesShed} of ${r.probes} probes shed${r.errors ? `; ${r.errors} failed (the first: ${r.firstError})` : ''}` : '')).join(' | ')} | ${exponent} |`,
    );
  }
  coldLines.push(
    `| API peak RSS, MiB | api | ${suites.map((s) => f(s.memory.apiMb, 0)).join(' | ')} | ${growth(
      suites.map((s) => s.memory.apiMb),
      suites.map((s) => s.nodes),
    )} |`,
    `| load, entities/s | ${suites[0]!.import!.method} | ${suites.map((s) => f(s.import!.entitiesPerSecond, 0)).join(' | ')} | |`,
  );
  return [
    `p50 / p99 at c=${c}. Growth exponent k in p50 ∝ nodes^k from each size to the next, and between the smallest and largest: 0 is flat, 1 is linear.`,
    'Cold rows: the first answer to each question (ms, p50 and max), one at a time, while a probe asks `{ __typename }` back to back; a probe answered 503 was shed.',
    '',
    ...lines,
    ...coldLines,
  ].join('\n');
}

/** One import, in words: how, how fast, and the index time after it. */
export function importLine(i: ImportResult): string {
  const entities = i.nodes + i.relationships;
  const withIndexes = `${f(i.indexSeconds)} s (${f(entities / (i.seconds + i.indexSeconds), 0)} entities/s counting them)`;
  if (i.method === 'bulk')
    return `Import by Neo4j's bulk importer (\`neo4j-admin database import full\`): ${i.nodes} nodes and ${i.relationships} relationships written as CSV in ${f(i.csvSeconds ?? NaN)} s and imported in ${f(i.adminSeconds ?? NaN)} s: **${f(i.entitiesPerSecond, 0)} entities/s**. Constraints, indexes and the full-text index created after it in ${withIndexes}.`;
  return `Import by batched UNWIND (${i.batchSize} rows per transaction, ${i.parallel} in flight): ${i.nodes} nodes in ${f(i.nodeSeconds)} s (${f(i.nodesPerSecond, 0)}/s), ${i.relationships} relationships in ${f(i.relationshipSeconds)} s (${f(i.relationshipsPerSecond, 0)}/s): **${f(i.entitiesPerSecond, 0)} entities/s**. Of the ${f(i.dbSeconds)} s spent waiting on the database, the server reported ${f(i.serverSeconds)} s executing the statements (the rest: transfer, commit and transaction-log writes). Full-text index populated after the import in ${withIndexes}.`;
}

export function renderMarkdown(report: BenchReport): string {
  const out: string[] = [];
  const o = report.options;
  out.push(`# Benchmark ${report.date}`);
  out.push('');
  out.push(
    `Machine: ${report.machine.cpus} cores, Node ${report.machine.node}. Each cell: **req/s · p50 / p99 ms**, ${o.durationMs / 1000} s per target, closed loop with c concurrent workers (the same in-process loop for every target; autocannon for the HTTP targets). The loop measures the targets ABBA: in order for ${o.durationMs / 2000} s each, then in reverse for ${o.durationMs / 2000} s each, each half after a ${o.warmupMs / 2000} s warm-up; the figures pool both halves' samples. autocannon runs ABBA too (API, peer, peer, API, half the time each, 2 s at least): its req/s pool both halves exactly; its p50 and p99 are the halves' own weighted by requests (autocannon gives percentiles, not samples). ${o.neo4jWarmupMs ? `Before a suite's first cell, the raw driver ran W2–W4 for ${o.neo4jWarmupMs / 1000} s to warm the new Neo4j (W1's statements left cold for its cold pass). ` : ''}Ratios are taken within this run. Total: ${f(report.seconds, 0)} s.`,
  );
  out.push('');
  if (report.pending)
    out.push(
      `**Partial:** written after a suite, with ${report.pending} suite(s) still to run; the run may have been stopped.\n`,
    );
  for (const failure of report.failures ?? []) out.push(`**Failed:** ${failure}\n`);
  out.push('## Targets');
  out.push('');
  out.push('| target | measured | met |');
  out.push('| --- | --- | :-: |');
  for (const check of checkTargets(report))
    out.push(`| ${check.target} | ${check.measured} | ${check.met === null ? '–' : check.met ? 'yes' : '**no**'} |`);
  for (const suite of report.suites) {
    out.push('');
    out.push(`## ${suite.name}: ${suite.nodes} nodes, ${suite.relationships} relationships`);
    out.push('');
    if (suite.import) {
      for (const i of [suite.import, ...(suite.importCompared ?? [])]) out.push(`${importLine(i)}`, '');
      out.push(`Neo4j heap ${suite.neo4j?.heapMb} MiB, page cache ${suite.neo4j?.pageCacheMb} MiB.`);
      out.push('');
    }
    if (suite.neo4jWarmup) out.push(`${warmupLine(suite.neo4jWarmup)}.`, '');
    if (suite.busy) out.push(busyLine(suite.busy), '');
    out.push(suiteTable(suite, o.concurrency));
    out.push('');
    const cpu = cpuTable(suite, o.concurrency);
    if (cpu) out.push('CPU ms per request (serving process + Neo4j JVM, warm-up included):', '', cpu, '');
    const order = orderTable(suite, o.concurrency);
    if (order)
      out.push(
        "The order's effect: each ratio in the half where the targets ran in order and in the reversed half, with the two targets' places in that half (1: measured first), beside the pooled ratio above:",
        '',
        order,
        '',
      );
    const m = suite.memory;
    out.push(
      `Memory (peak RSS): API ${f(m.apiMb, 0)} MiB · peer ${f(m.peerMb, 0)} MiB · Neo4j JVM ${f(m.neo4jMb, 0)} MiB · bench process (load generator + raw driver) ${f(m.benchMb, 0)} MiB.`,
    );
    if (m.apiAfter)
      out.push(
        '',
        `The API after each workload, RSS / main thread's V8 heap in use (MiB): ${Object.entries(m.apiAfter)
          .map(([w, r]) => `${w} ${f(r.rssMb, 0)} / ${f(r.heapUsedMb, 0)}`)
          .join(' · ')}.`,
      );
    out.push('');
    out.push('| workload | API event-loop delay p50 / p99 / max ms | Cypher PROFILE of the main statement |');
    out.push('| --- | --: | --- |');
    const statements: Record<string, string> = {
      W1: 'eligibility/get-eligibility-facts',
      'W2 d1': 'graph/get-neighbourhood',
      'W2 d2': 'graph/get-neighbourhood',
      W3: 'graph/get-paths',
      W4: 'catalog/search-entities',
    };
    const profiles = [...suite.cypherProfiles];
    for (const [w, loop] of Object.entries(suite.eventLoop)) {
      const p = statements[w] ? profiles.find((q) => q.statement === statements[w]) : undefined;
      if (p) profiles.splice(profiles.indexOf(p), 1);
      out.push(
        `| ${w} | ${f(loop.p50, 1)} / ${f(loop.p99, 1)} / ${f(loop.max, 1)} | ${p ? `${p.statement}: ${p.dbHits} db hits, ${p.rows} rows; ${p.top[0] ?? ''}` : ''} |`,
      );
    }
    if (suite.cpuProfile) {
      out.push('');
      out.push(`CPU profile of the API (self time): ${suite.cpuProfile.packages.slice(0, 8).join(', ')}.`);
    }
  }
  const curve = scaleCurve(report);
  if (curve) {
    out.push('');
    out.push('## Scale curve');
    out.push('');
    out.push(curve);
  }
  if (report.ui) {
    out.push('');
    out.push('## UI: navigation to a drawn, laid-out graph (headless Chromium)');
    out.push('');
    if (report.ui.skipped) out.push(`**Skipped:** ${report.ui.skipped}`);
    else {
      out.push(
        `WebGL backend: ${report.ui.webglBackend}. Median of ${o.ui?.repeats} runs, fresh browser context each, after one uncounted draw of the seed.`,
      );
      out.push('');
      out.push(
        '| graph | nodes | elements | canvas ms | WebGL ms | of which: DOMContentLoaded / data received (canvas) |',
      );
      out.push('| --- | --: | --: | --: | --: | --: |');
      for (const scenario of [...new Set(report.ui.timings.map((t) => t.scenario))]) {
        const ts = report.ui.timings.filter((t) => t.scenario === scenario);
        const get = (r: string) => {
          const t = ts.find((t) => t.renderer === r);
          return t ? (t.error ? `failed: ${t.error.slice(0, 80)}` : f(t.medianMs, 0)) : '';
        };
        const canvas = ts.find((t) => t.renderer === 'canvas');
        const parts = canvas && !canvas.error ? `${f(canvas.domContentLoadedMs, 0)} / ${f(canvas.dataMs, 0)}` : '';
        out.push(
          `| ${scenario} | ${ts[0]!.nodes} | ${f(ts[0]!.elements, 0)} | ${get('canvas')} | ${get('webgl')} | ${parts} |`,
        );
      }
    }
    if (report.ui.bundle) {
      const b = report.ui.bundle;
      out.push('');
      out.push(
        `JavaScript shipped: **${f(b.initialJsGzipKb)} KB gzip** loaded first (${f(b.initialJsRawKb)} KB raw), ${f(b.allJsGzipKb)} KB gzip with lazy chunks (${b.files.map((file) => `${file.file.replace('assets/', '')} ${f(file.gzipKb)} KB${file.initial ? '' : ' lazy'}`).join(', ')}).`,
      );
    }
  }
  out.push('');
  return out.join('\n');
}

/** Where a process was busy before a cell or a half (settle.ts), and how long the cell waited for it. */
export function busyLine(busy: readonly Busy[]): string {
  if (busy.length === 0)
    return `Every process was idle (under ${BUSY_PERCENT} % of a core) before each cell and each half.`;
  const waited = busy.reduce((sum, b) => sum + b.waitedMs, 0);
  const still = busy.filter((b) => b.stillBusy);
  const byProcess = [...new Set(busy.map((b) => b.process))]
    .map((p) => `${p} ${busy.filter((b) => b.process === p).length}×`)
    .join(', ');
  return `A process was still busy ${busy.length} times before a cell or a half (${byProcess}); ${(waited / 1000).toFixed(0)} s waited in all${still.length ? `, and ${still.length} measured while still busy after ${SETTLE_MAX_MS / 1000} s or more (the first: ${still[0]!.at})` : ''}.`;
}
