/**
 * Imports the seed, as read and validated once by read-seed.ts, in one write transaction: optionally empties
 * the database, MERGEs nodes and relationships by id, links evidence to provisions and records the data
 * version. All or nothing; a seed with problems is refused before anything is written.
 */
import neo4j from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { formatProblem, type ReadSeed } from './read-seed.js';
import { dataVersion, toRows } from './rows.js';
import type { SeedProblem } from './types.js';

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `The seed has ${problems.length} problem(s); nothing was written:\n${problems.map(formatProblem).join('\n')}`,
    );
    this.name = 'SeedValidationError';
  }
}

export interface SeedResult {
  version: string;
  nodes: number;
  relationships: number;
}

const BATCH = 500;

/** JS numbers go to Neo4j as floats; whole numbers in the seed (order, number) are stored as integers. */
function withIntegers<T extends { props: Record<string, unknown> }>(rows: T[]): T[] {
  return rows.map((row) => ({
    ...row,
    props: Object.fromEntries(
      Object.entries(row.props).map(([key, value]) => [
        key,
        typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value,
      ]),
    ),
  }));
}

export async function importSeed(
  db: Database,
  { graph, problems, sources }: ReadSeed,
  options: { reset?: boolean } = {},
): Promise<SeedResult> {
  if (problems.length > 0) throw new SeedValidationError(problems);
  const referenceDocuments = new Set(
    graph.nodes.filter((n) => n.label === 'Document' && n.properties.kind === 'reference').map((n) => n.id),
  );
  const { nodes, relationships } = toRows(graph, referenceDocuments);
  const rows = { nodes: withIntegers(nodes), relationships: withIntegers(relationships) };
  const version = dataVersion(graph, sources);
  await db.writeTransaction(async (tx, text) => {
    if (options.reset) await tx.run(text('seed/delete-all'));
    for (let i = 0; i < rows.nodes.length; i += BATCH) {
      await tx.run(text('seed/merge-nodes'), { rows: rows.nodes.slice(i, i + BATCH) });
    }
    for (let i = 0; i < rows.relationships.length; i += BATCH) {
      await tx.run(text('seed/merge-relationships'), { rows: rows.relationships.slice(i, i + BATCH) });
    }
    await tx.run(text('seed/link-evidence'));
    await tx.run(text('meta/set-data-version'), { version, seededAt: new Date().toISOString() });
  });
  return { version, nodes: rows.nodes.length, relationships: rows.relationships.length };
}
