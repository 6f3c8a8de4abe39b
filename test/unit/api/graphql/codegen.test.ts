/**
 * CI fails when a generated file is stale: `npm run codegen` output, generated here in memory from the schema's
 * .graphql files, core/vocabulary.ts and the UI's operations, must equal the files in the tree byte for byte.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, RESOLVER_TYPES, UI_TYPES } from '../../../../api/src/graphql/codegen/config.js';
import { generateAll } from '../../../../api/src/graphql/codegen/generate.js';

const generated = await generateAll();

describe('npm run codegen', () => {
  it('should generate the vocabulary enums, the resolver types and the UI operation types', () => {
    expect(generated.map((file) => relative(ROOT, file.path)).sort()).toEqual([
      'api/src/graphql/generated/resolvers.ts',
      'api/src/graphql/schema/vocabulary.generated.graphql',
      'ui/src/lib/api/generated/graphql.ts',
    ]);
    const ui = generated.find((file) => file.path === UI_TYPES)!.content;
    expect(ui).toMatch(/export type NetworkQuery = /);
    expect(ui).toMatch(/export type EligibilityQueryVariables = /);
    expect(generated.find((file) => file.path === RESOLVER_TYPES)!.content).toMatch(/export type QueryActorsArgs = /);
  });

  it.each(generated.map((file) => [relative(ROOT, file.path), file] as const))(
    'should find %s up to date (else run npm run codegen and commit)',
    async (_name, file) => {
      const inTree = await readFile(file.path, 'utf8').catch(() => '(missing)');
      expect(inTree === file.content, `${_name} is stale: run npm run codegen`).toBe(true);
    },
  );
});
