/**
 * The synthetic ecosystem (synthetic.ts) loaded by Neo4j's own bulk importer (`neo4j-admin database import
 * full`, org.neo4j.cli.AdminTool from the embedded runner's classpath: neo4j-import-tool ships in Maven Central
 * with the database) into an empty, stopped database: CSV files written first (one node file per label, one
 * relationship file per type, the same rows and properties as the batched UNWIND path), then one import; the
 * constraints and indexes are created after the database starts (bulk-import.md is the ceiling the batched
 * import is compared against, issue 20).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { RUNNER_DIR } from '../../neo4j/launcher.js';
import { nodeBatches, relationshipBatches, type Plan } from './synthetic.js';

const ARRAY_DELIMITER = ';';
const REL_PROPS = ['citeDocuments', 'citeLocators', 'citeQuotes', 'citeNotes', 'quoteText', 'reference'] as const;

type CsvType = 'string' | 'long' | 'double' | 'boolean' | 'string[]';

const typeOf = (value: unknown): CsvType =>
  Array.isArray(value)
    ? 'string[]'
    : typeof value === 'boolean'
      ? 'boolean'
      : typeof value === 'number'
        ? Number.isInteger(value)
          ? 'long'
          : 'double'
        : 'string';

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

function cell(value: unknown, type: CsvType): string {
  if (value === undefined || value === null) return '';
  if (type === 'string[]') {
    const items = (value as unknown[]).map(String);
    if (items.some((s) => s.includes(ARRAY_DELIMITER)))
      throw new Error(`an array item holds the array delimiter "${ARRAY_DELIMITER}"`);
    return quote(items.join(ARRAY_DELIMITER));
  }
  return type === 'string' ? quote(String(value)) : String(value);
}

/** A CSV writer: lines are gathered and written a batch at a time, waiting when the stream's buffer is full. */
function csvFile(path: string) {
  const stream = createWriteStream(path);
  let lines: string[] = [];
  const flush = async () => {
    if (lines.length === 0) return;
    const chunk = `${lines.join('\n')}\n`;
    lines = [];
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  return {
    add(line: string) {
      lines.push(line);
    },
    flush,
    async end() {
      await flush();
      await new Promise<void>((resolve, reject) =>
        stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
      );
    },
  };
}

export interface CsvFiles {
  nodes: string[];
  relationships: string[];
  nodeCount: number;
  relationshipCount: number;
}

/** Writes the plan's nodes as the importer's CSV, one file per label (two passes: the columns, then the rows). */
export async function writeNodeCsv(
  p: Plan,
  dir: string,
  batchSize = 10_000,
): Promise<Pick<CsvFiles, 'nodes' | 'nodeCount'>> {
  mkdirSync(dir, { recursive: true });
  const columns = new Map<string, Map<string, CsvType>>();
  for (const batch of nodeBatches(p, batchSize))
    for (const row of batch) {
      const cols = columns.get(row.label) ?? new Map<string, CsvType>();
      for (const [key, value] of Object.entries(row.props))
        if (value !== undefined && value !== null && !cols.has(key)) cols.set(key, typeOf(value));
      columns.set(row.label, cols);
    }
  const nodeFiles = new Map<string, ReturnType<typeof csvFile>>();
  const files = { nodes: [] as string[], nodeCount: 0 };
  for (const [label, cols] of columns) {
    const path = join(dir, `nodes-${label}.csv`);
    const file = csvFile(path);
    file.add(['id:ID', ':LABEL', ...[...cols].map(([k, t]) => `${k}:${t}`)].join(','));
    nodeFiles.set(label, file);
    files.nodes.push(path);
  }
  const columnLists = new Map([...columns].map(([label, cols]) => [label, [...cols]]));
  for (const batch of nodeBatches(p, batchSize)) {
    for (const row of batch) {
      const cols = columnLists.get(row.label)!;
      nodeFiles
        .get(row.label)!
        .add([quote(row.id), `Entity;${row.label}`, ...cols.map(([k, t]) => cell(row.props[k], t))].join(','));
      files.nodeCount++;
    }
    for (const file of nodeFiles.values()) await file.flush();
  }
  await Promise.all([...nodeFiles.values()].map((f) => f.end()));
  return files;
}

/** Writes the plan's relationships as the importer's CSV, one file per type. */
export async function writeRelationshipCsv(
  p: Plan,
  dir: string,
  batchSize = 10_000,
): Promise<Pick<CsvFiles, 'relationships' | 'relationshipCount'>> {
  mkdirSync(dir, { recursive: true });
  const files = { relationships: [] as string[], relationshipCount: 0 };
  const relFiles = new Map<string, ReturnType<typeof csvFile>>();
  const relTypes: CsvType[] = ['string[]', 'string[]', 'string[]', 'string[]', 'string', 'boolean'];
  for (const batch of relationshipBatches(p, batchSize)) {
    for (const row of batch) {
      let file = relFiles.get(row.type);
      if (!file) {
        const path = join(dir, `relationships-${row.type}.csv`);
        file = csvFile(path);
        file.add([':START_ID', ':END_ID', ':TYPE', ...REL_PROPS.map((k, i) => `${k}:${relTypes[i]}`)].join(','));
        relFiles.set(row.type, file);
        files.relationships.push(path);
      }
      file.add(
        [quote(row.from), quote(row.to), row.type, ...REL_PROPS.map((k, i) => cell(row.props[k], relTypes[i]!))].join(
          ',',
        ),
      );
      files.relationshipCount++;
    }
    for (const file of relFiles.values()) await file.flush();
  }
  await Promise.all([...relFiles.values()].map((f) => f.end()));
  return files;
}

/**
 * Writes the plan's nodes and relationships as the importer's CSV. The relationships are written by a worker
 * thread (csv-worker.ts) while this thread writes the nodes: the row generation is the work, and it splits
 * about evenly between the two. `inWorker: false` writes both here, one after the other.
 */
export async function writeSyntheticCsv(p: Plan, dir: string, options: { inWorker?: boolean } = {}): Promise<CsvFiles> {
  const relationships = options.inWorker === false ? null : relationshipsInWorker(p, dir);
  const nodes = await writeNodeCsv(p, dir);
  const rels = relationships ? await relationships : await writeRelationshipCsv(p, dir);
  return { ...nodes, ...rels };
}

function relationshipsInWorker(p: Plan, dir: string): Promise<Pick<CsvFiles, 'relationships' | 'relationshipCount'>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./csv-worker.mjs', import.meta.url), { workerData: { plan: p, dir } });
    worker.once('message', (files: Pick<CsvFiles, 'relationships' | 'relationshipCount'>) => resolve(files));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the CSV worker exited with code ${code}`)));
  });
}

/** Runs `neo4j-admin database import full` into `home` (Neo4j stopped, database empty); its last lines. */
export async function adminImport(home: string, files: CsvFiles, heapMb = 2048): Promise<string> {
  mkdirSync(join(home, 'conf'), { recursive: true });
  const classpath = readFileSync(join(RUNNER_DIR, 'target', 'classpath.txt'), 'utf8').trim();
  const args = [
    `-Xmx${heapMb}m`,
    '-cp',
    classpath,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    `--array-delimiter=${ARRAY_DELIMITER}`,
    '--multiline-fields=true',
    '--overwrite-destination=true',
    `--report-file=${join(home, 'import.report')}`,
    ...files.nodes.map((f) => `--nodes=${f}`),
    ...files.relationships.map((f) => `--relationships=${f}`),
  ];
  const child = spawn('java', args, {
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  const tail = out.trim().split('\n').slice(-6).join('\n');
  if (code !== 0) throw new Error(`neo4j-admin import exited with ${code}: ${tail}`);
  return tail;
}
