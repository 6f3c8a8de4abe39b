/**
 * Restores a canonical export (`npm run import-data`) into an empty database: the schema first (its own
 * transactions, as Neo4j requires), then every node and relationship in ONE write transaction (batched
 * UNWIND), all or nothing; then it exports again and checks that hash and counts are those of the file.
 * A database that holds anything is refused unless `replace` is set, which empties it in the same
 * transaction.
 */
import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher.js';
import { bookmarksOf } from '../db/database.js';
import { applySchema } from '../db/schema.js';
import {
  canonicalJson,
  countGraph,
  DataFileError,
  exportGraph,
  type CanonicalValue,
  type DataTarget,
  type ExportCounts,
  type ExportedNode,
  type ExportedRelationship,
  type GraphExport,
  type Properties,
} from './export.js';

const BATCH = 1_000;

export class NotEmptyError extends Error {
  override name = 'NotEmptyError';
  constructor(readonly nodes: number) {
    super(
      `The target database is not empty (${nodes} nodes): nothing was imported. ` +
        'Import into an empty database, or pass --replace to delete everything it holds first.',
    );
  }
}

export class VerificationError extends Error {
  override name = 'VerificationError';
}

export interface ImportResult {
  counts: ExportCounts;
  sha256: string;
  /** Nodes deleted first (with replace). */
  deleted: number;
}

/** A canonical value as a driver parameter: whole JSON numbers become Neo4j integers, tagged floats floats. */
export function decodeValue(value: CanonicalValue, where: string): unknown {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map((item) => decodeValue(item, where));
  if (value && typeof value === 'object') {
    if ('$int' in value && typeof value.$int === 'string' && /^-?\d+$/.test(value.$int)) return neo4j.int(value.$int);
    if ('$float' in value && typeof value.$float === 'number') return value.$float;
    if ('$float' in value && ['NaN', 'Infinity', '-Infinity'].includes(String(value.$float)))
      return Number(value.$float);
  }
  throw new DataFileError(`${where} holds an unknown value ${canonicalJson(value)}`);
}

const decodeProperties = (props: Properties, where: string) =>
  Object.fromEntries(Object.entries(props).map(([key, value]) => [key, decodeValue(value, `${where}.${key}`)]));

const nodeRow = (node: ExportedNode) => ({
  labels: node.labels,
  properties: decodeProperties(node.properties, `node "${node.id}"`),
});

const relationshipRow = (rel: ExportedRelationship) => ({
  from: rel.from,
  type: rel.type,
  to: rel.to,
  properties: decodeProperties(rel.properties, `relationship ${rel.from}|${rel.type}|${rel.to}`),
});

/** Counts the nodes of the target database (outside the import transaction). */
export async function nodesIn({ driver, catalog, name: database }: DataTarget): Promise<number> {
  const session = driver.session({
    database,
    defaultAccessMode: neo4j.session.READ,
    bookmarkManager: bookmarksOf(driver),
  });
  try {
    return (await session.executeRead((tx) => countGraph(tx, catalog))).nodes;
  } finally {
    await session.close();
  }
}

export async function importGraph(
  target: DataTarget,
  doc: GraphExport,
  { replace = false }: { replace?: boolean } = {},
): Promise<ImportResult> {
  const { driver, catalog, name: database } = target;
  const existing = await nodesIn(target);
  if (existing > 0 && !replace) throw new NotEmptyError(existing);
  await applySchema(target);

  const { graph } = doc;
  const session = driver.session({
    database,
    defaultAccessMode: neo4j.session.WRITE,
    bookmarkManager: bookmarksOf(driver),
  });
  let deleted = 0;
  try {
    await session.executeWrite(
      async (tx) => {
        const { nodes } = await countGraph(tx, catalog);
        if (nodes > 0 && !replace) throw new NotEmptyError(nodes);
        deleted = 0;
        if (nodes > 0) deleted = Number((await tx.run(cypher(catalog, 'seed/delete-all'))).records[0]!.get('deleted'));
        const load = async (name: string, rows: object[], what: string) => {
          let created = 0;
          for (let i = 0; i < rows.length; i += BATCH) {
            const { records } = await tx.run(cypher(catalog, `data/${name}`), { rows: rows.slice(i, i + BATCH) });
            created += Number(records[0]!.get('created'));
          }
          if (created !== rows.length)
            throw new DataFileError(
              `Only ${created} of ${rows.length} ${what} could be created (an endpoint is missing): nothing was imported`,
            );
        };
        await load('create-nodes', [...graph.meta, ...graph.entities, ...graph.auditRecords].map(nodeRow), 'nodes');
        await load('create-relationships', graph.relationships.map(relationshipRow), 'relationships');
        await load('create-audit-links', graph.auditLinks.map(relationshipRow), 'audit links');
      },
      { timeout: 600_000 },
    );
  } finally {
    await session.close();
  }

  const again = await exportGraph(target);
  if (again.sha256 !== doc.sha256 || canonicalJson(again.counts) !== canonicalJson(doc.counts)) {
    throw new VerificationError(
      `The restored graph differs from the file: hash ${again.sha256} (file ${doc.sha256}), counts ` +
        `${canonicalJson(again.counts)} (file ${canonicalJson(doc.counts)}). The import was committed: ` +
        'inspect the database, then re-run with --replace.',
    );
  }
  return { counts: again.counts, sha256: again.sha256, deleted };
}
