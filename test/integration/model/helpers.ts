/** Runs cypher/ files against the seeded test database (the model tests of issue 17 read the graph, not the API). */
import { loadCypherCatalog } from '../../../api/src/db/cypher.js';
import { Database } from '../../../api/src/db/database.js';
import { testConfig } from '../../helpers/app.js';
import { testDriver } from '../../helpers/neo4j.js';

export function modelDatabase() {
  const driver = testDriver();
  const db = new Database(driver, loadCypherCatalog(testConfig().paths.cypher));
  return { driver, db };
}
