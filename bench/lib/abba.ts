/**
 * One cell's closed-loop measurements, ABBA: each target measured in two halves of the duration, the targets in
 * order and then reversed (stats.ts abbaOrder), so that none sits on a warmer Neo4j than another (measured first,
 * a target used to pay for Neo4j's JIT still compiling: results/2026-12-06-7f250c4-order.md). Both halves'
 * samples are pooled into the cell's figures (combineSamples, pooledCpuPerRequest), and each half is kept beside
 * them, to show what the order costs.
 */
import { closedLoop, type LoopResult, type Operation } from './loop.js';
import { cpuMs } from './procs.js';
import { abbaOrder, combineSamples, pooledCpuPerRequest, type CpuSpent } from './stats.js';
import type { Measurement, OrderHalf } from './types.js';
import type { TargetName } from './workloads.js';

export interface AbbaCell {
  workload: string;
  concurrency: number;
  targets: readonly TargetName[];
  operations: ReadonlyMap<TargetName, Operation>;
  /** The process serving a target (its CPU time is read), and the Neo4j JVM's (null: not read). */
  serverPid: (target: TargetName) => number;
  neo4jPid: number | null;
  /** The whole duration and warm-up per target: each half gets half of each. */
  durationMs: number;
  warmupMs: number;
  log: (line: string) => void;
  /** Runs before each target's half (bench.ts: waits until the servers are idle, settle.ts). */
  beforeHalf?: (target: TargetName) => Promise<void>;
}

/** One target's half of the cell: what the loop measured, the CPU spent, its place in the half. */
interface Half {
  r: LoopResult;
  cpu: CpuSpent;
  position: number;
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

function orderHalf({ r, cpu, position }: Half): OrderHalf {
  const perRequest = pooledCpuPerRequest([cpu]);
  return {
    position,
    requests: r.requests,
    errors: r.errors,
    rps: r.rps,
    p50: r.p50,
    p99: r.p99,
    ...(Number.isFinite(perRequest.server) ? { cpu: perRequest } : {}),
  };
}

/** Measures the cell's targets ABBA and returns one pooled measurement per target, in the targets' order. */
export async function measureAbba(cell: AbbaCell): Promise<Measurement[]> {
  const halves = new Map(cell.targets.map((t) => [t, [] as Half[]]));
  for (const { target, position } of abbaOrder(cell.targets)) {
    await cell.beforeHalf?.(target);
    const pid = cell.serverPid(target);
    const before = [cpuMs(pid), cell.neo4jPid ? cpuMs(cell.neo4jPid) : Number.NaN];
    const r = await closedLoop(cell.operations.get(target)!, {
      concurrency: cell.concurrency,
      durationMs: cell.durationMs / 2,
      warmupMs: cell.warmupMs / 2,
    });
    const cpu = {
      serverMs: cpuMs(pid) - before[0]!,
      neo4jMs: cell.neo4jPid ? cpuMs(cell.neo4jPid) - before[1]! : Number.NaN,
      operations: r.operations,
    };
    halves.get(target)!.push({ r, cpu, position });
  }
  return cell.targets.map((target) => {
    const parts = halves.get(target)!;
    const r = combineSamples(parts.map((p) => p.r.samples));
    const cpu = pooledCpuPerRequest(parts.map((p) => p.cpu));
    const firstError = parts.find((p) => p.r.firstError)?.r.firstError;
    cell.log(
      `  ${cell.workload.padEnd(6)} c=${String(cell.concurrency).padEnd(2)} ${target.padEnd(6)} loop       ${fmt(r.rps, 0).padStart(6)} req/s  p50 ${fmt(r.p50, 2).padStart(7)} ms  p99 ${fmt(r.p99, 2).padStart(7)} ms  cpu/req ${fmt(cpu.server, 2)} + neo4j ${fmt(cpu.neo4j, 2)} ms  (halves, place: p50 ${parts.map((p) => `${fmt(p.r.p50, 2)} #${p.position}`).join(' · ')})${r.errors ? `  ${r.errors} errors: ${firstError}` : ''}`,
    );
    return {
      workload: cell.workload,
      target,
      method: 'loop' as const,
      concurrency: cell.concurrency,
      requests: r.requests,
      errors: r.errors,
      rps: r.rps,
      p50: r.p50,
      p99: r.p99,
      ...(firstError ? { firstError } : {}),
      ...(Number.isFinite(cpu.server) ? { cpu } : {}),
      halves: [orderHalf(parts[0]!), orderHalf(parts[1]!)] as [OrderHalf, OrderHalf],
    };
  });
}
