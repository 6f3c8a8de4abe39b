/**
 * The facts keep the Union's agreements in a fixed order, whatever order the database returns them in: an actor
 * party to two agreements (NATO: the 2016 and the 2018 declarations) is then named through the same one in
 * every answer (the golden answers name eu-nato-joint-declaration-2016).
 */
import { describe, expect, it } from 'vitest';
import { toFacts } from '../../../../api/src/db/eligibility.js';

const agreement = (agreementId: string) => ({
  actorId: 'nato',
  agreementId,
  agreementName: agreementId,
  kinds: ['SPECIFIC_EU_AGREEMENT'],
  type: 'declaration',
});

describe('eligibility facts: agreements', () => {
  it('should list the agreements by id in both orders the database may return them in', () => {
    const ids = (rows: Array<ReturnType<typeof agreement>>) =>
      toFacts({ agreements: rows }).agreements.map((a) => a.agreementId);
    const newestFirst = [agreement('eu-nato-joint-declaration-2018'), agreement('eu-nato-joint-declaration-2016')];
    expect(ids(newestFirst)).toEqual(['eu-nato-joint-declaration-2016', 'eu-nato-joint-declaration-2018']);
    expect(ids([...newestFirst].reverse())).toEqual([
      'eu-nato-joint-declaration-2016',
      'eu-nato-joint-declaration-2018',
    ]);
  });
});
