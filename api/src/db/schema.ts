/** Applies cypher/schema/*.cypher in name order; every statement is idempotent (IF NOT EXISTS). */
import { statements } from './cypher.js';
import { bookmarksOf, type Database } from './database.js';
import { toDomainError } from './errors.js';

/** The full-text index, which an earlier version created without `fulltext.eventually_consistent` (issue 20, W5). */
const FULLTEXT_INDEX = 'entity_search';

export async function applySchema({
  driver,
  catalog,
  name: database,
}: Pick<Database, 'driver' | 'catalog' | 'name'>): Promise<number> {
  const files = [...catalog.keys()].filter((name) => name.startsWith('schema/')).sort();
  const run = async (statement: string) => {
    try {
      return (await driver.executeQuery(statement, {}, { database, bookmarkManager: bookmarksOf(driver) })).records;
    } catch (error) {
      throw toDomainError(error);
    }
  };
  let applied = 0;
  for (const file of files) {
    for (const statement of statements(catalog.get(file)!)) {
      if (isFulltextIndex(statement) && (await fulltextIndexToRecreate(run, catalog)))
        await run(statements(catalog.get('schema-upgrade/drop-fulltext-index')!)[0]!);
      await run(statement);
      applied += 1;
    }
  }
  return applied;
}

const isFulltextIndex = (statement: string) =>
  /^CREATE FULLTEXT INDEX/i.test(statement) && statement.includes(` ${FULLTEXT_INDEX} `);

/**
 * Whether the full-text index exists without being eventually consistent (created by an earlier version):
 * IF NOT EXISTS would keep it as it is, so it is dropped and created again (populated in the background).
 */
async function fulltextIndexToRecreate(
  run: (statement: string) => Promise<Array<{ get(key: string): unknown }>>,
  catalog: Pick<Database, 'catalog'>['catalog'],
): Promise<boolean> {
  const [record] = await run(statements(catalog.get('schema-upgrade/get-fulltext-index')!)[0]!);
  return record !== undefined && record.get('eventual') !== true;
}
