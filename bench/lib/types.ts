/** The benchmark's options and results (bench.ts runs it, report.ts renders it). */
import type { ColdResult } from './cold.js';
import type { Neo4jWarmup } from './neo4j-warmup.js';
import type { ProbeReport } from './procs.js';
import type { CypherProfile } from './profile.js';
import type { ImportResult } from './scale.js';
import type { Busy } from './settle.js';
import type { UiResult } from './ui.js';
import type { Fixture, TargetName } from './workloads.js';

export interface BenchOptions {
  /** Use this (seeded) Neo4j for the seed suite instead of starting a throwaway one. */
  neo4jUri?: string;
  /** Run the seed suite (W1–W5). */
  seed: boolean;
  durationMs: number;
  warmupMs: number;
  /** Sequential warm-up operations per target before its first cell (default: one per fixture input). */
  warmPass?: number;
  concurrency: number[];
  /**
   * Before a suite's first cell, the raw driver runs W2–W4's statements for this long, so that no cell measures
   * a Neo4j still compiling its hot paths (neo4j-warmup.ts); 0 or absent: none.
   */
  neo4jWarmupMs?: number;
  /**
   * Before each cell (and each target's half, over half the window), each process's CPU is read over `windowMs`
   * and one still busy is waited for up to `maxWaitMs` (settle.ts); default 1 s and SETTLE_MAX_MS.
   */
  settle?: { windowMs: number; maxWaitMs: number };
  autocannon: boolean;
  /** A fixed number of requests per autocannon cell instead of the duration (the smoke test). */
  autocannonAmount?: number;
  /** Workload ids to run (W1, "W2 d1", …; "W2" runs both depths); all when empty. */
  workloads: string[];
  ui: { sizes: number[]; renderers: Array<'canvas' | 'webgl'>; repeats: number; timeoutMs: number } | null;
  scales: number[];
  /** How a scale suite loads its synthetic graph: Neo4j's bulk importer (default) or batched UNWIND. */
  importMethod?: 'bulk' | 'unwind';
  /** Also load each size the other way, in its own throwaway Neo4j, to compare the import side by side. */
  importCompare?: boolean;
  /** Also run our API with its read cache off as target "uncached" (W1, W4, W5). */
  uncached: boolean;
  /** --cpu-prof for the API child; the summary goes into the report. */
  cpuProfile: boolean;
  /** Where CPU profiles go. */
  profileDir: string;
  log: (line: string) => void;
  /** Called with the report so far after each suite (run.ts writes it, so a stopped run keeps what it measured). */
  onProgress?: (partial: BenchReport) => void;
}

export interface Measurement {
  workload: string;
  target: TargetName;
  method: 'loop' | 'autocannon';
  concurrency: number;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
  firstError?: string;
  /**
   * CPU ms per request (warm-up included): of the process serving it (the API, the peer; for the driver and
   * domain targets, the benchmark process) and of the Neo4j JVM. Absent where /proc is not readable.
   */
  cpu?: { server: number; neo4j: number };
  /**
   * The closed loop's cells are measured ABBA (stats.ts abbaOrder): each target in two halves of the duration,
   * the targets in order in the first half and reversed in the second. The figures above pool both halves
   * (combineSamples; CPU over both); these are each half's own, to show what the order costs.
   */
  halves?: [OrderHalf, OrderHalf];
}

/** One half of an ABBA cell, for one target. */
export interface OrderHalf {
  /** This target's place among the cell's targets in this half (1: measured first). */
  position: number;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
  cpu?: { server: number; neo4j: number };
}

export interface MemoryReading {
  /** Peak RSS seen after each workload, MiB. */
  apiMb: number;
  peerMb: number;
  neo4jMb: number;
  /** This process: the load generator and the raw-driver target. */
  benchMb: number;
  /** The API's RSS, and its main thread's V8 heap in use (not its workers'), after each workload. */
  apiAfter?: Record<string, { rssMb: number; heapUsedMb: number }>;
}

export interface SuiteResult {
  name: string;
  nodes: number;
  relationships: number;
  fixture: Fixture;
  measurements: Measurement[];
  memory: MemoryReading;
  eventLoop: Record<string, ProbeReport['eventLoop']>;
  cypherProfiles: CypherProfile[];
  /** At scale: W1's first answers, timed while a probe checks that no other request is shed (cold.ts). */
  cold?: ColdResult[];
  /** What warmed the new Neo4j before the first cell (options.neo4jWarmupMs). */
  neo4jWarmup?: Neo4jWarmup;
  /** Where a process of the suite was still busy before a cell or a target's half, and how long it was waited for. */
  busy?: Busy[];
  cpuProfile?: { functions: string[]; packages: string[] };
  import?: ImportResult;
  /** With importCompare: the same graph loaded the other way (timed only; the suite ran on `import`). */
  importCompared?: ImportResult[];
  neo4j: { heapMb: number; pageCacheMb: number } | null;
  seconds: number;
}

export interface BenchReport {
  date: string;
  machine: { cpus: number; node: string; platform: string };
  options: Omit<BenchOptions, 'log' | 'onProgress'>;
  suites: SuiteResult[];
  ui: UiResult | null;
  /** Suites that could not complete, with the reason. */
  failures: string[];
  seconds: number;
  /** Suites still to run when this report was written (0 or absent: the run completed). */
  pending?: number;
}
