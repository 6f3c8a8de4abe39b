/**
 * `npm run seed [-- --reset]`: reads and validates every seed file (each quote checked against its source
 * text, once), then imports that seed in one transaction; nothing is written when a file has a problem.
 * `--check` only validates (no database). `--report` prints counts and section coverage of the database as it
 * is (after importing, with `--reset`). Uses NEO4J_URI; else the embedded Neo4j already running on
 * NEO4J_DATA_DIR (`npm start`'s), or one started for the run (db/open.ts).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { Neo4jStartError, openDatabase } from '../db/open.js';
import { importSeed } from '../seed/import.js';
import { formatProblem, readSeed } from '../seed/read-seed.js';
import { buildReport, formatReport } from '../seed/report.js';

const { values } = parseArgs({
  options: {
    reset: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
  },
});
const config = loadConfig();

async function main(): Promise<number> {
  const seed = await readSeed(config.paths.seed);
  for (const problem of seed.problems) console.error(formatProblem(problem));
  if (values.check) {
    console.log(
      `${seed.graph.nodes.length} nodes, ${seed.graph.relationships.length} relationships, ${seed.problems.length} problem(s)`,
    );
    return seed.problems.length > 0 ? 1 : 0;
  }
  if (seed.problems.length > 0) {
    console.error(`${seed.problems.length} problem(s): nothing was written.`);
    return 1;
  }
  const { db, close } = await openDatabase(config, {
    embedded: 'reuse',
    prepare: 'schema',
    log: (line) => console.log(line),
  });
  try {
    if (!values.report || values.reset) {
      const result = await importSeed(db, seed, { reset: values.reset });
      console.log(`Imported ${result.nodes} nodes and ${result.relationships} relationships (${result.version}).`);
    }
    if (values.report) console.log(formatReport(await buildReport(db)));
    return 0;
  } finally {
    await close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  // A Neo4j that cannot be started or used: its reason, not a stack trace.
  if (!(error instanceof Neo4jStartError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
