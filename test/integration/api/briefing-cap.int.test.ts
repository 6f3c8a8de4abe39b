/**
 * A briefing draws every partner, excluded actor and class member of the answer; beyond its limit (at scale an
 * answer lists tens of thousands) it is refused with QUERY_TOO_COMPLEX and the count, before any list is drawn.
 * The limit is lowered here so that a seed answer exceeds it.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBriefingModel, useBriefingMaxActors } from '../../../api/src/briefing/load.js';
import { AppError } from '../../../api/src/errors.js';
import { buildTestApp } from '../../helpers/app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

const question = { objective: 'SO4.4' as const, approach: 'ASSISTING' as const, assume: [] };

describe('a briefing of a large answer', () => {
  it('should be refused, QUERY_TOO_COMPLEX with the count, above the limit, and drawn at it', async () => {
    const model = await loadBriefingModel(app.db, question);
    const count = model.partners.length + model.excluded.length;
    expect(count).toBeGreaterThan(1);
    const restore = useBriefingMaxActors(1);
    try {
      const refused = await loadBriefingModel(app.db, question).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ code: 'QUERY_TOO_COMPLEX', details: { max: 1 } });
      expect((refused as AppError).details.count).toBeGreaterThanOrEqual(count);
    } finally {
      restore();
    }
  });
});
