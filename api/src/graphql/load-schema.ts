/** Reads every .graphql file of the schema folder (base.graphql first) into one SDL string. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadSchema(dir: string): string {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)));
  return files.map((name) => readFileSync(join(dir, name), 'utf8')).join('\n');
}
