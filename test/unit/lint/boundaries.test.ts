/**
 * The folder boundaries hold by lint, and the rule that holds them can fail: each forbidden import, written into
 * a file of the folder it is forbidden from, is reported by `npm run lint`'s own configuration; the allowed ones
 * are not. (The tree itself is checked by `npm run lint`, the first step of `npm test`.)
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const eslint = new ESLint({ cwd: ROOT });

async function crossings(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'boundaries/no-cross-imports').map((m) => m.message);
}

describe('folder boundaries (eslint.boundaries.js)', () => {
  it.each([
    ['api/src/briefing/x.ts', 'ui', "import { buildStylesheet } from '../../../ui/src/lib/graph/style.js';\n"],
    ['api/src/x.ts', 'ui', "export { toElements } from '../../ui/src/lib/graph/view.js';\n"],
    ['ui/src/lib/graph/x.ts', 'api', "import { buildApp } from '../../../../api/src/app.js';\n"],
    [
      'ui/src/lib/components/X.svelte',
      'api',
      '<script lang="ts">\n  import { loadConfig } from \'../../../../api/src/config.js\';\n  loadConfig();\n</script>\n',
    ],
    ['ui/src/x.ts', 'api', "export const load = () => import('../../api/src/boot.js');\n"],
    ['core/graph/x.ts', 'api', "import { FORMATS } from '../../api/src/briefing/request.js';\n"],
    ['core/x.ts', 'ui', "export * from '../ui/src/lib/graph/style.js';\n"],
    ['neo4j/x.ts', 'api', "import { loadConfig } from '../api/src/config.js';\n"],
  ])('should refuse, in %s, an import from %s/', async (file, to, code) => {
    const messages = await crossings(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`may not import from ${to}/`);
  });

  it.each([
    [
      'api/src/x.ts',
      "import { kindStyle } from '../../core/palette.js';\nimport { startEmbedded } from '../../neo4j/launcher.js';\n",
    ],
    [
      'ui/src/lib/x.ts',
      "import { enumName } from '../../../core/vocabulary.js';\nimport { graphql } from './api/client';\n",
    ],
    [
      'bench/lib/x.ts',
      "import { buildApp } from '../../api/src/app.js';\nimport { toElements } from '../../core/graph/to-elements.js';\n",
    ],
  ])('should let %s import what it may', async (file, code) => {
    expect(await crossings(file, code)).toEqual([]);
  });
});
