/**
 * `npm run seed [-- --reset]`: validates every seed file, then imports in one transaction; nothing is
 * written when a file has a problem. `--check` only validates (no database). `--report` prints counts and
 * section coverage of the database as it is (after importing, with `--reset`). Uses NEO4J_URI; else the
 * embedded Neo4j already running on NEO4J_DATA_DIR (`npm start`'s), or one started for the run.
 */
import { parseArgs } from 'node:util';
import { connectDatabase, Neo4jStartError } from '../boot.js';
import { loadConfig } from '../config.js';
import { loadCypherCatalog } from '../db/cypher.js';
import { createDriver, Database } from '../db/database.js';
import { applySchema } from '../db/schema.js';
import { importSeed, SeedValidationError } from './import.js';
import { formatProblem, readSeed } from './read-seed.js';
import { buildReport, formatReport } from './report.js';

const { values } = parseArgs({
  options: {
    reset: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
  },
});
const config = loadConfig();

async function main(): Promise<number> {
  if (values.check) {
    const { graph, problems } = await readSeed(config.paths.seed);
    for (const problem of problems) console.error(formatProblem(problem));
    console.log(
      `${graph.nodes.length} nodes, ${graph.relationships.length} relationships, ${problems.length} problem(s)`,
    );
    return problems.length > 0 ? 1 : 0;
  }
  const { problems } = await readSeed(config.paths.seed);
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`${problems.length} problem(s): nothing was written.`);
    return 1;
  }
  const database = await connectDatabase(config, (line) => console.log(line));
  const driver = createDriver({ ...config.neo4j, uri: database.uri });
  try {
    const catalog = loadCypherCatalog(config.paths.cypher);
    await applySchema(driver, catalog, config.neo4j.database);
    const db = new Database(driver, catalog, config.neo4j.database);
    if (!values.report || values.reset) {
      const result = await importSeed(db, config.paths.seed, { reset: values.reset });
      console.log(`Imported ${result.nodes} nodes and ${result.relationships} relationships (${result.version}).`);
    }
    if (values.report) console.log(formatReport(await buildReport(db)));
    return 0;
  } catch (error) {
    if (error instanceof SeedValidationError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await driver.close();
    await database.stop();
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
