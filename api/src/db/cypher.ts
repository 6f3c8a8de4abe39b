/**
 * Loads every cypher/<area>/<verb-noun>.cypher file once, at startup, and hands them out by name
 * ("graph/get-network"). A missing name fails fast, so a typo never reaches a request.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export type CypherCatalog = ReadonlyMap<string, string>;

export function loadCypherCatalog(dir: string): CypherCatalog {
  const catalog = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.cypher')) continue;
    const path = join(entry.parentPath, entry.name);
    catalog.set(
      relative(dir, path)
        .replace(/\\/g, '/')
        .replace(/\.cypher$/, ''),
      readFileSync(path, 'utf8'),
    );
  }
  return catalog;
}

export function cypher(catalog: CypherCatalog, name: string): string {
  const text = catalog.get(name);
  if (text === undefined) throw new Error(`No Cypher file cypher/${name}.cypher`);
  return text;
}

/** Splits a file of several statements (schema files) on semicolons at line ends, dropping comments. */
export function statements(text: string): string[] {
  return text
    .split(/;\s*$/m)
    .map((part) =>
      part
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter(Boolean);
}
