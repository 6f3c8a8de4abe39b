/** Applies cypher/schema/*.cypher in name order; every statement is idempotent (IF NOT EXISTS). */
import { statements } from './cypher.js';
import { bookmarksOf, type Database } from './database.js';
import { toDomainError } from './errors.js';

export async function applySchema({
  driver,
  catalog,
  name: database,
}: Pick<Database, 'driver' | 'catalog' | 'name'>): Promise<number> {
  const files = [...catalog.keys()].filter((name) => name.startsWith('schema/')).sort();
  let applied = 0;
  for (const file of files) {
    for (const statement of statements(catalog.get(file)!)) {
      try {
        await driver.executeQuery(statement, {}, { database, bookmarkManager: bookmarksOf(driver) });
      } catch (error) {
        throw toDomainError(error);
      }
      applied += 1;
    }
  }
  return applied;
}
