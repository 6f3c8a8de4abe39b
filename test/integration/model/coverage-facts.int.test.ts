/**
 * Issue 17, coverage: the 2013 strategy's five principles of 1.2 are principles, footnotes 4 and 5 define
 * cybersecurity and cybercrime, 1.1 names six origins of threats, and footnote 17's pilot (a €15 million budget,
 * €7.7 million of EU funding) is a fact — each read back from the graph with its own quote.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { modelDatabase } from './helpers.js';

const { driver, db } = modelDatabase();
afterAll(() => driver.close());

const nodes = async (ids: string[]) => {
  const rows = await db.read('catalog/get-entities-by-ids', { ids });
  return new Map(rows.map((row) => [String(row.id), row as { label: string; props: Record<string, unknown> }]));
};
const locators = (props: Record<string, unknown>) => (props.citeLocators as string[] | undefined) ?? [];

describe('facts of 1.1, 1.2 and footnotes 4, 5 and 17 (2013)', () => {
  it('should hold the five principles of 1.2 as principles of the 2013 strategy', async () => {
    const ids = [1, 2, 3, 4, 5].map((n) => `eu-css-2013-principle-${n}`);
    const found = await nodes(ids);
    for (const id of ids) {
      expect(found.get(id)?.label, id).toBe('Principle');
      expect(found.get(id)?.props.document, id).toBe('eu-cybersecurity-strategy-2013');
      expect(
        locators(found.get(id)!.props).some((l) => l.startsWith('1.2')),
        id,
      ).toBe(true);
    }
  });

  it('should define cybersecurity and cybercrime from footnotes 4 and 5', async () => {
    const found = await nodes(['definition-cybersecurity', 'definition-cybercrime']);
    expect(locators(found.get('definition-cybersecurity')!.props)).toContain('footnote 4');
    expect(locators(found.get('definition-cybercrime')!.props)).toContain('footnote 5');
    expect(found.get('definition-cybercrime')?.label).toBe('Definition');
  });

  it('should name the six origins of threats of 1.1', async () => {
    const ids = [
      'criminal',
      'politically-motivated',
      'terrorist',
      'state-sponsored',
      'natural-disasters',
      'unintentional-mistakes',
    ].map((o) => `threat-origin-${o}`);
    const found = await nodes(ids);
    expect(ids.filter((id) => found.get(id)?.label !== 'ThreatOrigin')).toEqual([]);
  });

  it('should give footnote 17 a fact: the pilot’s €15 million budget and €7.7 million of EU funding', async () => {
    const found = await nodes(['action-2-1-botnet-pilot-project']);
    const props = found.get('action-2-1-botnet-pilot-project')!.props;
    const i = locators(props).indexOf('footnote 17');
    expect(i).toBeGreaterThanOrEqual(0);
    expect((props.citeQuotes as string[])[i]).toContain(
      'overall budget of 15 Million Euro, with EU funding amounting to 7.7 Million Euro',
    );
  });
});
