/**
 * Issue 16, point 3: 4.7's "partners deemed like-minded (e.g. Japan)" are not 4.3's "trusted network of
 * like-minded international partners – including major global cybersecurity companies and vendors", and
 * neither is the 2013 strategy's "like-minded partners that share EU values" (the EU's dialogue, 2.5).
 * Before: major-cybersecurity-companies MEMBER_OF like-minded-partners made companies SO4.7 outreach partners.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../helpers/app.js';
import { ask, partnerIds } from '../../helpers/eligibility.js';
import { testDriver } from '../../helpers/neo4j.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

describe('issue 16.3: like-minded partners are not companies', () => {
  it('should not make major cybersecurity companies (or any company) SO4.7 outreach partners', async () => {
    const answer = await ask(app, 'SO4.7', 'OUTREACH');
    expect(partnerIds(answer)).not.toContain('major-cybersecurity-companies');
    expect(partnerIds(answer)).not.toContain('like-minded-partners');
    expect(answer.partners.filter((p) => p.actor.kind === 'private-sector')).toEqual([]);
    const cls = answer.classes.find((c) => c.class.id === 'partners-deemed-like-minded')!;
    expect(cls.members.map((m) => m.actor.id)).not.toContain('major-cybersecurity-companies');
  });

  it("should put the companies in 4.3's trusted network, a class of its own", async () => {
    const answer = await ask(app, 'SO4.3', 'LIMITED');
    const network = answer.classes.find((c) => c.class.id === 'trusted-network-like-minded-international-partners')!;
    expect(network.members).toContainEqual({ actor: { id: 'major-cybersecurity-companies' }, basis: 'CLASS_MEMBER' });
    expect(network.reasons[0]!.citation.quote).toMatch(/including major global cybersecurity companies and vendors/);
  });

  it('should keep the 2013 "like-minded partners" to the 2013 strategy, with no members and no 2021 citation', async () => {
    const driver = testDriver();
    try {
      const { records } = await driver.executeQuery(
        `MATCH (l:Actor {id: 'like-minded-partners'})
         RETURN l.citeDocuments AS documents, l.kind AS kind, [(m)-[:MEMBER_OF]->(l) | m.id] AS members`,
      );
      expect(records[0]!.get('documents')).toEqual(['eu-cybersecurity-strategy-2013']);
      expect(records[0]!.get('members')).toEqual([]);
      expect(records[0]!.get('kind')).not.toBe('country-group');
    } finally {
      await driver.close();
    }
  });
});
