/**
 * Serves the built Svelte UI (ui/dist) at /, with index.html as the fallback for client-side routes.
 * When the UI is not built, / says how to build it instead of a bare 404.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

async function uiPlugin(app: FastifyInstance, { uiDist }: { uiDist: string }) {
  if (!existsSync(join(uiDist, 'index.html'))) {
    app.get('/', async (_request, reply) =>
      reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The UI is not built yet: run `npm run build:ui` (npm start does it).'),
    );
    return;
  }
  await app.register(fastifyStatic, { root: uiDist, prefix: '/', wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    if (wantsPage) return reply.sendFile('index.html');
    return reply.code(404).send({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found', requestId: request.id });
  });
}

export default fp(uiPlugin, { name: 'ui' });
