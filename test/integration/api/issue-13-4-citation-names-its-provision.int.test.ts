/**
 * Issue 13, case 4: a curated citation's quote was checked against the whole document, so a quote from
 * "4.1 / bullet 1" was accepted with the locator "4.4 / bullet 5", and a false evidence link was created. The
 * quote must be in the provision the locator names (its title, its text, the provisions under it, the lead-in
 * its locator names), after the seed validator's folding (quote-match.ts: typographic quotes, hyphens, spaces).
 */
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver, uniqueId } from '../../helpers/neo4j.js';
import { UPSERT_ACTOR, actorInput, as, ALICE, buildCurationApp, call, cleanUp, codeOf } from './curation-helpers.js';

const ENISA = 'enisa-international-strategy-2021';
const EU_CSS = 'eu-cybersecurity-strategy-2013';
/** Verbatim from provision 4.1 / bullet 1 of ENISA's strategy. */
const FROM_4_1_BULLET_1 = 'ENISA can give support in terms of expertise to the Western Balkans as a region';

let app: FastifyInstance;
let driver: Driver;
const created: string[] = [];
beforeAll(async () => {
  app = await buildCurationApp();
  driver = testDriver();
});
afterAll(async () => {
  await app.close();
  await cleanUp(driver, created);
  await driver.close();
});

async function upsert(citation: Record<string, string>) {
  const id = uniqueId('cite');
  created.push(id);
  const answer = await call(app, UPSERT_ACTOR, { input: actorInput(id, { citation }) }, as(ALICE));
  return { id, answer };
}

async function evidence(id: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (:Entity {id: $id})-[:EVIDENCED_BY]->(p:Provision) RETURN p.locator AS locator ORDER BY locator',
    { id },
  );
  return records.map((r) => r.get('locator') as string);
}

async function nodes(id: string): Promise<number> {
  const { records } = await driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id });
  return Number(records[0]!.get('n'));
}

describe('issue 13 case 4: a citation is checked against the provision it names', () => {
  it('should refuse a true quote filed under another provision, and write nothing', async () => {
    const { id, answer } = await upsert({ document: ENISA, locator: '4.4 / bullet 5', quote: FROM_4_1_BULLET_1 });
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(answer.errors![0]!.message).toMatch(/^citation\.quote: not found in provision "4\.4 \/ bullet 5"/);
    expect(await nodes(id)).toBe(0);
    expect(await evidence(id)).toEqual([]);
  });

  it('should accept it under its own provision, and under the section that holds it, with the evidence link', async () => {
    for (const locator of ['4.1 / bullet 1', '4.1']) {
      const { id, answer } = await upsert({ document: ENISA, locator, quote: FROM_4_1_BULLET_1 });
      expect(answer.errors, locator).toBeUndefined();
      expect(await evidence(id)).toEqual([locator]);
    }
  });

  it('should refuse it under a sibling bullet or a section that does not hold it', async () => {
    for (const locator of ['4.1 / bullet 2', '4.2', '4', 'principle 1']) {
      const { id, answer } = await upsert({ document: ENISA, locator, quote: FROM_4_1_BULLET_1 });
      // "4" is no provision: refused for its locator; the others for the quote.
      expect(codeOf(answer), locator).toBe('BAD_USER_INPUT');
      expect(answer.errors![0]!.message, locator).toMatch(/^citation\.(quote|locator): /);
      expect(await nodes(id)).toBe(0);
    }
  });

  it("should fold as the seed validator does (typographic quotes, hyphens, line breaks) and accept a bullet's lead-in", async () => {
    const folded = await upsert({
      document: ENISA,
      locator: '4.4 / bullet 5',
      quote: 'ENISA can cooperate with third countries with which there are specific EU agree-\nments',
    });
    expect(folded.answer.errors).toBeUndefined();
    const leadIn = await upsert({
      document: EU_CSS,
      locator: '2.1 / The Commission asks ENISA to / bullet 1',
      quote: 'The Commission asks ENISA to',
    });
    expect(leadIn.answer.errors).toBeUndefined();
    const bullet = await upsert({
      document: EU_CSS,
      locator: '2.1 / The Commission asks ENISA to / bullet 1',
      quote: 'Assist the Member States in developing strong national cyber resilience capabilities',
    });
    expect(bullet.answer.errors).toBeUndefined();
  });

  it('should still refuse a quote that is in the provision but not verbatim in the document', async () => {
    // The seed gives 4.1 its title in title case; the document prints it in capitals.
    const quote = "Strategic objective 'Empowered and engaged communities";
    const { answer } = await upsert({ document: ENISA, locator: '4.1', quote });
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(answer.errors![0]!.message).toMatch(/not found verbatim in the text of/);
  });
});
