/**
 * Imports the validated seed in one write transaction: optionally empties the database, MERGEs nodes and
 * relationships by id, links evidence to provisions and records the data version. All or nothing.
 */
import type { Database } from '../db/database.js';
import { formatProblem, readSeed } from './read-seed.js';
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

export async function importSeed(
  db: Database,
  seedDir: string,
  options: { reset?: boolean } = {},
): Promise<SeedResult> {
  const { graph, problems, sources } = await readSeed(seedDir);
  if (problems.length > 0) throw new SeedValidationError(problems);
  const referenceDocuments = new Set(
    graph.nodes.filter((n) => n.label === 'Document' && n.properties.kind === 'reference').map((n) => n.id),
  );
  const rows = toRows(graph, referenceDocuments);
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
