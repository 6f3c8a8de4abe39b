/**
 * Reads seed/ from disk: every YAML file outside sources/ and candidates/ (unverified candidates, never
 * imported: issue 21), in a stable order, plus the source texts.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { FileParser } from './parse.js';
import type { SeedProblem } from './types.js';
import { validateSeed, type SeedInput, type ValidatedSeed } from './validate.js';

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !/^(sources|candidates)[\\/]/.test(relative(dir, path)))
    .sort();
}

/** The seed as read from disk: the validated graph, every problem found, and the source texts. */
export type ReadSeed = ValidatedSeed & { sources: Record<string, string> };

/** Parses every file and checks every quote against its source text: once per import. */
export async function readSeed(seedDir: string): Promise<ReadSeed> {
  const problems: SeedProblem[] = [];
  const files: SeedInput['files'] = [];
  for (const path of await yamlFiles(seedDir)) {
    const file = relative(seedDir, path);
    const parser = new FileParser(file);
    let value: unknown;
    try {
      value = parseYaml(await readFile(path, 'utf8'));
    } catch (error) {
      problems.push({ file, path: '', reason: `YAML does not parse: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    files.push({ file, graph: parser.parse(value) });
    problems.push(...parser.problems);
  }
  const sources: Record<string, string> = {};
  for (const name of await readdir(join(seedDir, 'sources'))) {
    if (name.endsWith('.txt')) sources[name] = await readFile(join(seedDir, 'sources', name), 'utf8');
  }
  const validated = validateSeed({ files, sources });
  return { ...validated, problems: [...problems, ...validated.problems], sources };
}

export function formatProblem(problem: SeedProblem): string {
  return `${problem.file}${problem.path ? ` at ${problem.path}` : ''}: ${problem.reason}`;
}
