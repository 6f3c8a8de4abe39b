/**
 * `npm run export-data -- --out FILE` and `npm run import-data -- --in FILE [--replace]`: a canonical,
 * hashed JSON backup of the graph and its verified restore (see ../data/export.ts and import.ts). Both use
 * NEO4J_URI; else the embedded Neo4j already running on NEO4J_DATA_DIR (`npm start`'s, so a backup can be
 * taken while the explorer is open), or one started for the run. Exit code 0 on success, 1 when something
 * was refused or failed (nothing half-written), 2 on a usage error.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { DATA_DRIVER, DataFileError, exportGraph, readExport, writeExport } from '../data/export.js';
import { importGraph, NotEmptyError, VerificationError } from '../data/import.js';
import { Neo4jStartError, openDatabase } from '../db/open.js';

const USAGE = `Usage:
  npm run export-data -- --out FILE            write a canonical JSON export of the whole graph
  npm run import-data -- --in FILE [--replace] restore it into an empty database (--replace: empty it first)`;

const log = (line: string) => console.error(line);
const counts = (c: Record<string, number>) =>
  Object.entries(c)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { out: { type: 'string' }, in: { type: 'string' }, replace: { type: 'boolean', default: false } },
    });
  } catch (error) {
    log(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const command = positionals[0];
  const file = command === 'export' ? values.out : command === 'import' ? values.in : undefined;
  if (positionals.length !== 1 || !file || (command === 'export' && values.replace)) {
    log(USAGE);
    return 2;
  }
  const config = loadConfig();
  const path = resolve(file);
  // Check the file before starting anything: a damaged backup is refused without touching a database.
  const doc = command === 'import' ? await readExport(path) : undefined;

  const database = await openDatabase(config, { embedded: 'reuse', driver: DATA_DRIVER, log });
  try {
    if (doc) {
      const started = Date.now();
      let result;
      try {
        result = await importGraph(database.db, doc, { replace: values.replace });
      } catch (error) {
        if (!(error instanceof NotEmptyError && database.running)) throw error;
        log(error.message);
        log(
          `It is the database of the explorer running now (${database.uri}, pid ${database.running.pid}): ` +
            'a restore replaces everything it shows. Pass --replace to empty it and import in one transaction, ' +
            'or stop npm start and restore into a new NEO4J_DATA_DIR.',
        );
        return 1;
      }
      if (result.deleted > 0) log(`Deleted the ${result.deleted} nodes the database held (--replace).`);
      console.log(
        `Imported ${counts(result.counts)} from ${path} in ${Date.now() - started} ms; ` +
          `re-exported and verified: sha256 ${result.sha256}.`,
      );
    } else {
      const exported = await exportGraph(database.db);
      await writeExport(path, exported);
      if (exported.skipped.nodes > 0 || exported.skipped.relationships > 0)
        log(
          `Warning: ${exported.skipped.nodes} nodes and ${exported.skipped.relationships} relationships lie outside ` +
            'the model (not :Entity, :AuditRecord or :Meta) and were not exported.',
        );
      console.log(`Exported ${counts(exported.counts)} to ${path}; sha256 ${exported.sha256}.`);
    }
    return 0;
  } finally {
    await database.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  const known = [DataFileError, NotEmptyError, VerificationError, Neo4jStartError].some((t) => error instanceof t);
  console.error(known ? (error as Error).message : error);
  process.exitCode = 1;
}
