/**
 * The project's folder boundaries, as an ESLint rule (`boundaries/no-cross-imports`): api/ and ui/ never import
 * each other (what both use lives in core/), core/ imports neither of them, and neo4j/ (the embedded database)
 * imports no part of the app. Every relative import, re-export and dynamic import is resolved against the file
 * that makes it, so `../../../ui/src/x.js` is caught at any depth. Package imports are not checked.
 */
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(fileURLToPath(import.meta.url));

/** For files under `from`, the top-level folders they may not import, and why. */
export const ZONES = [
  { from: 'api', forbid: ['ui', 'bench', 'test'], why: 'api/ and ui/ share code only through core/' },
  { from: 'ui', forbid: ['api', 'neo4j', 'bench', 'test'], why: 'api/ and ui/ share code only through core/' },
  {
    from: 'core',
    forbid: ['api', 'ui', 'neo4j', 'bench', 'test'],
    why: 'core/ is the neutral module both sides import',
  },
  {
    from: 'neo4j',
    forbid: ['api', 'ui', 'bench', 'test'],
    why: 'neo4j/ runs the database and knows nothing of the app',
  },
];

const topFolder = (path) => relative(ROOT, path).split(/[\\/]/)[0];

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep api/, ui/, core/ and neo4j/ from importing across their boundaries' },
    messages: { crossing: '{{from}}/ may not import from {{to}}/ ({{why}}): {{source}}' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const zone = ZONES.find((z) => z.from === topFolder(file));
    if (!zone) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = topFolder(resolve(dirname(file), source));
      if (zone.forbid.includes(to))
        context.report({ node, messageId: 'crossing', data: { from: zone.from, to, why: zone.why, source } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { 'no-cross-imports': rule } };
