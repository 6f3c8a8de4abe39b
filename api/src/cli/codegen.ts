/**
 * `npm run codegen`: regenerates, from core/vocabulary.ts and the schema's .graphql files, the GraphQL enums of
 * the vocabularies (api/src/graphql/schema/vocabulary.generated.graphql), the resolver types
 * (api/src/graphql/generated/resolvers.ts) and the UI's typed operations (ui/src/lib/api/generated/graphql.ts).
 * Run it after changing the schema, the vocabulary or an operation of ui/src/lib/api/operations/; the test
 * test/unit/api/graphql/codegen.test.ts fails while a generated file is stale.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { ROOT } from '../graphql/codegen/config.js';
import { generateAll } from '../graphql/codegen/generate.js';

for (const file of await generateAll()) {
  const before = await readFile(file.path, 'utf8').catch(() => null);
  await mkdir(dirname(file.path), { recursive: true });
  await writeFile(file.path, file.content);
  console.log(`${before === file.content ? 'unchanged' : 'written  '} ${relative(ROOT, file.path)}`);
}
