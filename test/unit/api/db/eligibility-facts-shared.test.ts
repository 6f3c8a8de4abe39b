/**
 * The facts' agreements at scale (issue 20): the statement gives an agreement once with its parties' ids, and each
 * party gets the agreement's one record; the lists read once per data version for every objective
 * (get-union-agreements.cypher) are mapped once, so every objective's facts share them instead of each holding a
 * copy. The statements' rows come in slices, joined in order (factsRow).
 */
import { describe, expect, it } from 'vitest';
import { factsRow, toFacts } from '../../../../api/src/db/eligibility.js';

const shared = () =>
  factsRow([
    {
      part: 'agreements',
      items: [
        {
          agreementId: 'eu-b',
          agreementName: 'B',
          kinds: ['SPECIFIC_EU_AGREEMENT'],
          parties: ['x', 'y', 'z'],
          type: 'agreement',
          citeDocuments: ['doc'],
          citeLocators: ['1'],
          citeQuotes: ['quote'],
        },
      ],
    },
    { part: 'agreements', items: [{ agreementId: 'eu-a', agreementName: 'A', kinds: [], parties: ['x'] }] },
    { part: 'documents', items: [{ id: 'doc', name: 'Doc', kind: 'reference', date: '2020' }] },
  ]);

describe('eligibility facts: agreements read once per agreement', () => {
  it('should join the slices of each list in order', () => {
    const row = factsRow([
      { part: 'actors', items: [{ id: 'a' }, { id: 'b' }] },
      { part: 'objectives', items: ['SO4.4'] },
      { part: 'actors', items: [{ id: 'c' }] },
      { part: 'kindCounts', items: [] },
    ]);
    expect(row).toEqual({ actors: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], objectives: ['SO4.4'], kindCounts: [] });
  });

  it('should give each party the agreement, with one record for all of them, in agreement order', () => {
    const facts = toFacts(shared());
    expect(facts.agreements.map((a) => [a.agreementId, a.actorId])).toEqual([
      ['eu-a', 'x'],
      ['eu-b', 'x'],
      ['eu-b', 'y'],
      ['eu-b', 'z'],
    ]);
    const b = facts.agreements.filter((a) => a.agreementId === 'eu-b');
    expect(new Set(b.map((a) => a.details)).size).toBe(1);
    expect(b[0]!.details!.evidence[0]).toMatchObject({
      quote: 'quote',
      documentId: 'doc',
      title: 'Doc',
      pageDate: '2020',
    });
  });

  it('should map the lists read once for every objective once, and share them between objectives', () => {
    const once = shared();
    const first = toFacts({ objectives: ['SO4.1'], ...once });
    const second = toFacts({ objectives: ['SO4.2'], ...once });
    expect(second.agreements).toBe(first.agreements);
    expect(second.documents).toBe(first.documents);
    // Another read (a new data version) is mapped anew.
    expect(toFacts(shared()).agreements).not.toBe(first.agreements);
  });
});
