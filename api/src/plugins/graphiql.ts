/**
 * GET /graphiql: the GraphiQL IDE, served entirely from node_modules (graphiql 3 + React 18 UMD builds),
 * so it works offline. mercurius's built-in page loads its scripts from a CDN, hence this plugin.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** By the name in the URL: a Map, so `/graphiql/assets/__proto__` or `…/constructor` name no asset. */
const ASSETS: ReadonlyMap<string, { file: string; type: string }> = new Map([
  ['react.js', { file: join(packageDir('react'), 'umd', 'react.production.min.js'), type: 'text/javascript' }],
  [
    'react-dom.js',
    { file: join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'), type: 'text/javascript' },
  ],
  ['graphiql.js', { file: join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' }],
  ['graphiql.css', { file: join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' }],
  ['start.js', { file: '', type: 'text/javascript' }],
]);

const START = `const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', location.href).toString() });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultEditorToolsVisibility: true,
    defaultQuery: '# Which data does the graph hold?\\n{\\n  dataVersion { version seededAt nodes relationships }\\n}\\n',
  }),
);`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>GraphiQL · Cyber Ecosystem Explorer</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script src="/graphiql/assets/start.js"></script>
</body>
</html>`;

async function graphiqlPlugin(app: FastifyInstance) {
  const cache = new Map<string, Buffer | string>();
  app.get('/graphiql', async (_request, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
  app.get<{ Params: { name: string } }>('/graphiql/assets/:name', async (request, reply) => {
    const asset = ASSETS.get(request.params.name);
    if (!asset)
      return reply.code(404).send({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found', requestId: request.id });
    let body = cache.get(request.params.name);
    if (body === undefined) {
      body = asset.file ? readFileSync(asset.file) : START;
      cache.set(request.params.name, body);
    }
    return reply.type(`${asset.type}; charset=utf-8`).header('cache-control', 'public, max-age=86400').send(body);
  });
}

export default fp(graphiqlPlugin, { name: 'graphiql' });
