/**
 * The canonical export of the graph (`npm run export-data`): every :Entity node with its labels and
 * properties, every relationship between them, the curation audit records with their AUDITS links, and
 * the Meta node. Everything is sorted by code unit, property keys too, so one graph always gives the same
 * bytes; `sha256` is the hash of that canonical content and `counts` its sizes. Integers and floats stay
 * apart: integers are JSON numbers ({"$int": "…"} beyond 2^53), floats are {"$float": x}. Read with a
 * driver that keeps integers lossless (DATA_DRIVER), unlike the app's.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import neo4j, { type Config as DriverConfig, type ManagedTransaction } from 'neo4j-driver';
import { cypher, type CypherCatalog } from '../db/cypher.js';
import { bookmarksOf, type Database } from '../db/database.js';

export const FORMAT = 'cyber-ecosystem-explorer-graph';
export const FORMAT_VERSION = 1;

export type CanonicalValue =
  string | boolean | number | { $int: string } | { $float: number | string } | CanonicalValue[];
export type Properties = Record<string, CanonicalValue>;

export interface ExportedNode {
  id: string;
  labels: string[];
  properties: Properties;
}

export interface ExportedRelationship {
  from: string;
  type: string;
  to: string;
  properties: Properties;
}

export interface GraphContent {
  meta: ExportedNode[];
  entities: ExportedNode[];
  relationships: ExportedRelationship[];
  auditRecords: ExportedNode[];
  auditLinks: ExportedRelationship[];
}

export type ExportCounts = Record<keyof GraphContent, number>;

export interface GraphExport {
  format: typeof FORMAT;
  formatVersion: typeof FORMAT_VERSION;
  exportedAt: string;
  counts: ExportCounts;
  /** What the database held outside the model (other labels, other relationships): not exported. */
  skipped: { nodes: number; relationships: number };
  /** sha256 of canonicalJson(graph). */
  sha256: string;
  graph: GraphContent;
}

export class DataFileError extends Error {
  override name = 'DataFileError';
}

const SECTIONS = ['meta', 'entities', 'relationships', 'auditRecords', 'auditLinks'] as const;

/**
 * The driver settings of export and import (openDatabase's `driver` option): lossless integers (so 1 and 1.0
 * stay apart) and generous timeouts.
 */
export const DATA_DRIVER: DriverConfig = {
  disableLosslessIntegers: false,
  connectionAcquisitionTimeout: 30_000,
  connectionTimeout: 10_000,
  maxTransactionRetryTime: 5_000,
  userAgent: 'cyber-ecosystem-explorer-data/0.1',
};

/** What export and import need of a Database opened with DATA_DRIVER. */
export type DataTarget = Pick<Database, 'driver' | 'catalog' | 'name'>;

/** Code-unit order: the same everywhere, unlike localeCompare. */
export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** JSON with object keys sorted at every level: the canonical text that is hashed. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => compare(a, b)))
      : v,
  );
}

export const contentHash = (graph: GraphContent) => createHash('sha256').update(canonicalJson(graph)).digest('hex');

export const countsOf = (graph: GraphContent): ExportCounts =>
  Object.fromEntries(SECTIONS.map((s) => [s, graph[s].length])) as ExportCounts;

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  return (value as object).constructor?.name ?? typeof value;
}

/** A driver value as canonical JSON; temporal, spatial and byte values are refused by name. */
export function encodeValue(value: unknown, where: string): CanonicalValue {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : { $int: value.toString() };
  if (typeof value === 'bigint') return { $int: value.toString() };
  if (typeof value === 'number') return { $float: Number.isFinite(value) ? value : String(value) };
  if (Array.isArray(value)) return value.map((item) => encodeValue(item, where));
  throw new DataFileError(
    `${where} holds a value of type ${describe(value)}; the export handles strings, booleans, integers, floats and lists of them`,
  );
}

const encodeProperties = (props: Record<string, unknown>, where: string): Properties =>
  Object.fromEntries(
    Object.keys(props)
      .sort(compare)
      .map((key) => [key, encodeValue(props[key], `${where}.${key}`)]),
  );

type Row = Record<string, unknown>;

function toNode(row: Row, what: string): ExportedNode {
  if (typeof row.id !== 'string') throw new DataFileError(`A ${what} node has no string id; it cannot be exported`);
  const where = `${what} "${row.id}"`;
  return {
    id: row.id,
    labels: (row.labels as string[]).slice().sort(compare),
    properties: encodeProperties(row.properties as Row, where),
  };
}

function toRelationship(row: Row): ExportedRelationship {
  const [from, type, to] = [String(row.from), String(row.type), String(row.to)];
  return { from, type, to, properties: encodeProperties(row.properties as Row, `relationship ${from}|${type}|${to}`) };
}

const byId = (a: ExportedNode, b: ExportedNode) => compare(a.id, b.id);
const relKey = (r: ExportedRelationship) => [r.from, r.type, r.to, canonicalJson(r.properties)];
function byEnds(a: ExportedRelationship, b: ExportedRelationship): number {
  const [x, y] = [relKey(a), relKey(b)];
  for (let i = 0; i < x.length; i += 1) {
    const order = compare(x[i]!, y[i]!);
    if (order !== 0) return order;
  }
  return 0;
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
  entities: number;
  auditRecords: number;
  meta: number;
  entityRelationships: number;
  auditLinks: number;
}

type Reader = Pick<ManagedTransaction, 'run'>;

export async function countGraph(tx: Reader, catalog: CypherCatalog): Promise<GraphCounts> {
  const { records } = await tx.run(cypher(catalog, 'data/count-graph'));
  const row = records[0]!.toObject() as Record<string, unknown>;
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as unknown as GraphCounts;
}

/** Reads the whole model in one read transaction and returns its canonical export. */
export async function exportGraph({ driver, catalog, name: database }: DataTarget): Promise<GraphExport> {
  const session = driver.session({
    database,
    defaultAccessMode: neo4j.session.READ,
    bookmarkManager: bookmarksOf(driver),
  });
  try {
    return await session.executeRead(
      async (tx) => {
        const rows = async (name: string) =>
          (await tx.run(cypher(catalog, `data/${name}`))).records.map((r) => r.toObject() as Row);
        const counts = await countGraph(tx, catalog);
        const graph: GraphContent = {
          meta: (await rows('export-meta')).map((r) => toNode(r, 'Meta')).sort(byId),
          entities: (await rows('export-entities')).map((r) => toNode(r, 'Entity')).sort(byId),
          relationships: (await rows('export-relationships')).map(toRelationship).sort(byEnds),
          auditRecords: (await rows('export-audit-records')).map((r) => toNode(r, 'AuditRecord')).sort(byId),
          auditLinks: (await rows('export-audit-links')).map(toRelationship).sort(byEnds),
        };
        return {
          format: FORMAT,
          formatVersion: FORMAT_VERSION,
          exportedAt: new Date().toISOString(),
          counts: countsOf(graph),
          skipped: {
            nodes: counts.nodes - counts.entities - counts.auditRecords - counts.meta,
            relationships: counts.relationships - counts.entityRelationships - counts.auditLinks,
          },
          sha256: contentHash(graph),
          graph,
        };
      },
      { timeout: 300_000 },
    );
  } finally {
    await session.close();
  }
}

/** The file: a JSON object whose arrays hold one canonical item per line, so two exports diff well. */
export function serializeExport(doc: GraphExport): string {
  const { graph, ...header } = doc;
  const head = Object.entries(header).map(([key, value]) => `  ${JSON.stringify(key)}: ${canonicalJson(value)}`);
  const sections = SECTIONS.map((name) => {
    const items = graph[name].map((item) => `      ${canonicalJson(item)}`);
    return items.length === 0
      ? `    ${JSON.stringify(name)}: []`
      : `    ${JSON.stringify(name)}: [\n${items.join(',\n')}\n    ]`;
  });
  return `{\n${head.join(',\n')},\n  "graph": {\n${sections.join(',\n')}\n  }\n}\n`;
}

/** Writes next to the target and renames, so a crash never leaves half a backup under the final name. */
export async function writeExport(file: string, doc: GraphExport): Promise<void> {
  const partial = `${file}.partial`;
  await writeFile(partial, serializeExport(doc), 'utf8');
  await rename(partial, file);
}

function isNode(value: unknown): value is ExportedNode {
  const node = value as ExportedNode;
  return (
    typeof node?.id === 'string' &&
    Array.isArray(node.labels) &&
    node.labels.every((l) => typeof l === 'string') &&
    typeof node.properties === 'object' &&
    node.properties !== null &&
    node.properties.id === node.id
  );
}

function isRelationship(value: unknown): value is ExportedRelationship {
  const rel = value as ExportedRelationship;
  return (
    typeof rel?.from === 'string' &&
    typeof rel.type === 'string' &&
    typeof rel.to === 'string' &&
    typeof rel.properties === 'object' &&
    rel.properties !== null
  );
}

/** Reads and checks an export file: its format, shape, counts, and that its content still has its hash. */
export async function readExport(file: string): Promise<GraphExport> {
  let doc: GraphExport;
  try {
    doc = JSON.parse(await readFile(file, 'utf8')) as GraphExport;
  } catch (error) {
    throw new DataFileError(`Cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  if (doc?.format !== FORMAT || doc.formatVersion !== FORMAT_VERSION)
    throw new DataFileError(`${file} is not a ${FORMAT} export of version ${FORMAT_VERSION}`);
  for (const name of SECTIONS) {
    const items: unknown = doc.graph?.[name];
    const valid = name === 'relationships' || name === 'auditLinks' ? isRelationship : isNode;
    if (!Array.isArray(items) || !items.every(valid))
      throw new DataFileError(`${file}: graph.${name} is missing or malformed`);
  }
  const counts = countsOf(doc.graph);
  if (canonicalJson(counts) !== canonicalJson(doc.counts))
    throw new DataFileError(
      `${file}: counts ${canonicalJson(doc.counts)} do not match its content ${canonicalJson(counts)}`,
    );
  const sha256 = contentHash(doc.graph);
  if (sha256 !== doc.sha256)
    throw new DataFileError(`${file} is damaged: its content hashes to ${sha256}, not the recorded ${doc.sha256}`);
  return doc;
}
