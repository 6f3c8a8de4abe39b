/**
 * A static check that no Cypher is built from user input: Cypher text lives only in cypher/*.cypher
 * files; TypeScript passes file names as string literals (never computed) and values as parameters.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../api/src/config.js';
import { loadCypherCatalog } from '../../../api/src/db/cypher.js';

const config = loadConfig({});
const apiDir = join(config.paths.cypher, '..', 'api', 'src');
const sources = readdirSync(apiDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return { file: relative(apiDir, path), text: readFileSync(path, 'utf8') };
  });
const catalog = loadCypherCatalog(config.paths.cypher);

/** String and template literals in a source file (comments removed first). */
function literals(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)].map((m) => m[0]);
}

const CYPHER =
  /\b(MATCH|MERGE|OPTIONAL MATCH|DETACH DELETE|UNWIND)\s*[(\w$]|\bRETURN\s+[\w*(]|\bCREATE\s*\(|\bSET\s+\w+\s*[.:=+]/;

describe('no Cypher built in TypeScript', () => {
  it('should keep every Cypher statement in cypher/ files, none in string or template literals', () => {
    const offenders = sources.flatMap(({ file, text }) =>
      literals(text)
        .filter((l) => CYPHER.test(l))
        .map((l) => `${file}: ${l.slice(0, 80)}`),
    );
    expect(offenders).toEqual([]);
  });

  it('should name queries with literals only, each an existing cypher/ file', () => {
    const calls =
      /\b(?:db|app\.db|this)\.(?:read|readOnce|write)\(\s*([^,)]+)|\.run\(\s*text\(\s*([^,)]+)\)|\bq\(\s*([^,)]+)/g;
    const problems: string[] = [];
    for (const { file, text } of sources) {
      for (const match of text.matchAll(calls)) {
        const argument = (match[1] ?? match[2] ?? match[3] ?? '').trim();
        if (file === 'db/database.ts' || (file === 'db/curation.ts' && argument === 'name')) continue;
        // The warm-up runs a table of statements; each `name: '…'` of the table is checked below.
        if (file === 'db/warm-up.ts' && argument === 'statement.name') continue;
        const name = /^'([a-z-]+\/[a-z0-9-]+)'$/.exec(argument)?.[1];
        if (!name) problems.push(`${file}: query name is not a literal: ${argument}`);
        else if (!catalog.has(name)) problems.push(`${file}: no cypher/${name}.cypher`);
      }
    }
    const warmUp = sources.find((source) => source.file === 'db/warm-up.ts');
    const warmed = [...(warmUp?.text ?? '').matchAll(/\bname: '([^']+)'/g)].map((m) => m[1]!);
    expect(warmed.length).toBeGreaterThan(5);
    for (const name of warmed) if (!catalog.has(name)) problems.push(`db/warm-up.ts: no cypher/${name}.cypher`);
    expect(problems).toEqual([]);
  });

  it('should run driver queries only through the catalog', () => {
    const direct = sources.filter(
      ({ file, text }) => /\.executeQuery\(|\.run\(/.test(text) && !['db/database.ts', 'db/schema.ts'].includes(file),
    );
    for (const { file, text } of direct) {
      for (const m of text.matchAll(/\.(?:executeQuery|run)\(\s*([^,)]+)/g))
        expect(m[1]!.trim(), file).toMatch(/^(text|cypher)\(/); // both look names up in the cypher/ catalog
    }
  });
});
