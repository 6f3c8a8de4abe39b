/**
 * The readings table (seed/READINGS.md, issue 16) covers every rule of seed/enisa-2021/rules.yaml, defines
 * every genuine ambiguity the data refers to (G1…), and quotes the strategy verbatim: each «quote» is found
 * in the source text with the seed validator's matcher.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SourceText } from '../../../api/src/seed/quote-match.js';

const SEED = join(import.meta.dirname, '..', '..', '..', 'seed');
const read = (file: string) => readFileSync(join(SEED, file), 'utf8');
const readings = read('READINGS.md');
const rules = (parse(read('enisa-2021/rules.yaml')) as { nodes: Array<{ id: string; label: string }> }).nodes.filter(
  (n) => n.label === 'EligibilityRule',
);

describe('the readings table', () => {
  it('should have a row for every rule, and name no rule that is not in the data', () => {
    expect(rules.length).toBeGreaterThan(35);
    const rows = new Set([...readings.matchAll(/^\| `(rule-[a-z0-9-]+)` +\|/gm)].map((m) => m[1]));
    for (const rule of rules) expect(rows.has(rule.id), rule.id).toBe(true);
    const ids = new Set(rules.map((r) => r.id));
    const mentioned = [...readings.matchAll(/`(rule-[a-z0-9-]+)`/g)].map((m) => m[1]!);
    const renamed = new Set([...readings.matchAll(/Renamed from `(rule-[a-z0-9-]+)`/g)].map((m) => m[1]));
    for (const id of mentioned) if (!renamed.has(id)) expect(ids.has(id), id).toBe(true);
  });

  it('should define every genuine ambiguity the data states', () => {
    const defined = new Set([...readings.matchAll(/^- \*\*(G\d+) —/gm)].map((m) => m[1]));
    expect(defined.size).toBe(22);
    const data = read('enisa-2021/rules.yaml') + read('enisa-2021/actors.yaml') + read('reference/agreements.yaml');
    const referred = new Set([...data.matchAll(/\b(G\d+)\b/g)].map((m) => m[1]!));
    expect(referred.size).toBeGreaterThan(10);
    for (const id of referred) expect(defined.has(id), id).toBe(true);
  });

  it('should quote the strategy verbatim', () => {
    const source = new SourceText(read('sources/enisa-international-strategy-2021.txt'));
    const quotes = [...readings.matchAll(/«([^»]+)»/g)].map((m) => m[1]!).filter((q) => !q.startsWith('2013:'));
    expect(quotes.length).toBeGreaterThan(80);
    for (const quote of quotes) expect(source.contains(quote), quote).toBe(true);
  });

  it('should say, for every recorded agreement, how each kind fills each class, as the data reads it (issue 21)', () => {
    const agreements = (
      parse(read('reference/agreements.yaml')) as {
        nodes: Array<{ id: string; label: string; kindReadings?: string[] }>;
      }
    ).nodes.filter((n) => n.label === 'LegalInstrument');
    expect(agreements.length).toBe(8);
    const KINDS = ['SPECIFIC_EU_AGREEMENT', 'EXPLICIT_CYBER_AGREEMENT', 'CYBER_AGREEMENT_OR_FRAMEWORK'];
    const word = { yes: 'yes', ambiguous: 'open', no: 'no' } as Record<string, string>;
    for (const agreement of agreements) {
      const row = readings.split('\n').find((line) => line.startsWith(`| \`${agreement.id}\`:`));
      expect(row, agreement.id).toBeDefined();
      const cells = row!.split('|').map((c) => c.trim());
      // | agreement | parties | section 4 | principle 2 | 2.2 |
      KINDS.forEach((kind, i) => {
        const reading = agreement.kindReadings!.find((r) => r.startsWith(`${kind}: `))!;
        const value = /^[A-Z_]+: (yes|ambiguous|no)\./.exec(reading)![1]!;
        expect(cells[3 + i]!.split(/[ :(;]/)[0], `${agreement.id} ${kind}`).toBe(word[value]);
      });
    }
  });
});
