/**
 * Issue 16, point 9: reference data with a source for everything, and dates.
 * - Belarus is an Eastern Partnership partner country (JOIN(2020) 7) whose participation is suspended as of
 *   28 June 2021 (Council of the EU): shown with the date, not granted through the partnership (READINGS.md G11).
 *   Before: Belarus was left out on a ground no cited page stated.
 * - ICANN is a nonprofit public benefit corporation, not an international organisation. Before: typed one,
 *   so LIMITED answers listed it by kind.
 * - Every membership cites an official page with the date it was read; every joined, suspended or left date
 *   is stated in the citation. Before: no membership had a date, and the pages had not been opened.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../../api/src/domain/eligibility/membership.js';
import { buildTestApp, gql } from '../../helpers/app.js';
import { ask, partnerIds } from '../../helpers/eligibility.js';
import { testDriver } from '../../helpers/neo4j.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

describe('issue 16.9: reference data with sources and dates', () => {
  it('should show Belarus as a suspended Eastern Partnership member, as of 28 June 2021, not an assisting partner', async () => {
    for (const objective of ['SO4.1', 'SO4.2', 'SO4.4']) {
      const answer = await ask(app, objective, 'ASSISTING');
      expect(partnerIds(answer), objective).not.toContain('belarus');
      expect(partnerIds(answer)).toContain('ukraine');
    }
    const { data } = await gql<{
      whyNot: { eligible: boolean; checks: Array<{ rule: { id: string }; explanation: string }> };
    }>(
      app,
      '{ whyNot(partner: "belarus", objective: SO4_1, approach: ASSISTING) { eligible checks { rule { id } explanation } } }',
    );
    expect(data!.whyNot.eligible).toBe(false);
    expect(data!.whyNot.checks[0]!.rule.id).toBe('rule-so4-1-assisting-western-balkans-eastern-partnership');
    expect(data!.whyNot.checks[0]!.explanation).toMatch(/participation suspended as of 28 June 2021/);
    expect(partnerIds(await ask(app, 'SO4.1', 'LIMITED'))).toContain('belarus');
  });

  it('should cite the Council page for the suspension and JOIN(2020) 7 for the membership', async () => {
    const driver = testDriver();
    try {
      const { records } = await driver.executeQuery(
        `MATCH (:Actor {id: 'belarus'})-[m:MEMBER_OF]->(:Actor {id: 'eastern-partnership'})
         RETURN m.suspended AS suspended, m.since AS since, m.citeDocuments AS documents, m.citeNotes AS notes`,
      );
      expect(records).toHaveLength(1);
      expect(records[0]!.get('suspended')).toBe('2021-06-28');
      expect(records[0]!.get('documents')).toEqual([
        'ref-join-2020-7-eastern-partnership',
        'ref-council-eastern-partnership',
      ]);
      expect(records[0]!.get('notes')[1]).toContain(
        'As of 28 June 2021, Belarus has suspended its participation in the Eastern Partnership.',
      );
    } finally {
      await driver.close();
    }
  });

  it('should type ICANN as what it is, so no answer lists it as an international organisation by kind', async () => {
    const answer = await ask(app, 'SO4.4', 'LIMITED');
    expect(partnerIds(answer)).not.toContain('icann');
    expect(partnerIds(answer)).not.toContain('third-countries');
    const driver = testDriver();
    try {
      const { records } = await driver.executeQuery(
        `MATCH (i:Actor {id: 'icann'}) RETURN i.kind AS kind, i.description AS description, i.citeNotes AS notes`,
      );
      expect(records[0]!.get('kind')).not.toBe('international-organisation');
      expect(records[0]!.get('description')).toMatch(/nonprofit public benefit corporation/);
      expect((records[0]!.get('notes') as string[]).join(' ')).toMatch(/nonprofit public benefit corporation/);
    } finally {
      await driver.close();
    }
  });

  it('should date every reference membership by its source: the page read, and each date stated in the note', async () => {
    const driver = testDriver();
    try {
      const { records } = await driver.executeQuery(
        `MATCH (a:Actor)-[m:MEMBER_OF]->(g:Actor)
         WHERE m.reference = true AND NOT a.id STARTS WITH 'test-'
         RETURN a.id AS from, g.id AS to, m.since AS since, m.suspended AS suspended, m.left AS left,
                m.citeNotes AS notes, COLLECT { MATCH (x:Document) WHERE x.id IN m.citeDocuments RETURN x.dateRead } AS read`,
      );
      expect(records.length).toBeGreaterThanOrEqual(39);
      for (const r of records) {
        const what = `${r.get('from')} → ${r.get('to')}`;
        expect(r.get('read').length, what).toBeGreaterThan(0);
        for (const date of r.get('read')) expect(date, what).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const notes = (r.get('notes') as string[]).join(' ');
        for (const key of ['since', 'suspended', 'left']) {
          const date = r.get(key) as string | null;
          if (date) expect(notes, `${what} ${key}`).toContain(formatDate(date).replace(/^(\d{4})$/, '$1'));
        }
      }
    } finally {
      await driver.close();
    }
  });
});
