/**
 * Issue 17: quotes are checked against the text of their own provision with only whitespace and line-break
 * hyphenation folded, and no quote starts or stops inside a word. Unit checks of the matcher, the provision
 * scope and the validator, then the real seed: every citation of a strategy passes.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQuote, locateProvision } from '../../../../api/src/seed/provision-scope.js';
import { readSeed } from '../../../../api/src/seed/read-seed.js';
import { cutsWord, StrictText } from '../../../../api/src/seed/strict-match.js';

const RAW = [
  'The Commission invites the Member States21 to: ',
  '',
  '• Promote cyber-',
  'security awareness in well-',
  'functioning markets, both in business practices and in ',
  '',
  '21 A footnote that interrupts the bullet. ',
  ' the interface with customers. ',
  '',
  '• Second bullet on the Commission’s proposal.',
].join('\n');

describe('strict matching', () => {
  const source = new StrictText(RAW);

  it('should fold whitespace and a hyphen at a line end (kept or dropped), nothing else', () => {
    expect(source.find('Promote cybersecurity awareness')).toHaveLength(1);
    expect(source.find('Promote cyber-security awareness')).toHaveLength(1);
    expect(source.find('in well-functioning markets')).toHaveLength(1);
    expect(source.find('in wellfunctioning markets')).toHaveLength(1);
    expect(source.find("the Commission's proposal")).toHaveLength(0);
    expect(source.find('the Commission’s proposal')).toHaveLength(1);
    expect(source.find('promote cybersecurity')).toHaveLength(0);
    expect(source.find('Promote cyber security')).toHaveLength(1);
  });

  it('should tell a quote that cuts a word from one that stops before a footnote marker', () => {
    const [cut] = source.find('awareness in well-functioning mark');
    expect(cutsWord(RAW, cut!)).toBe('end');
    const [start] = source.find('romote cybersecurity');
    expect(cutsWord(RAW, start!)).toBe('start');
    const [marker] = source.find('The Commission invites the Member States');
    expect(cutsWord(RAW, marker!)).toBeNull();
    const [hyphen] = source.find('Promote cyber');
    expect(cutsWord(RAW, hyphen!)).toBe('end');
  });
});

describe('provision scope', () => {
  const source = new StrictText(RAW);
  const scope = locateProvision(source, {
    locator: '2.1 / The Commission invites the Member States to / bullet 1',
    leadIn: 'The Commission invites the Member States21 to:',
    text: 'Promote cyber-security awareness in well-functioning markets, both in business practices and in',
    continuation: ['the interface with customers.'],
  });

  it('should hold the lead-in, the text and its continuation after the footnote block', () => {
    expect(scope.problems).toEqual([]);
    expect(checkQuote(source, scope, 'The Commission invites the Member States')).toBe('ok');
    expect(checkQuote(source, scope, 'the interface with customers')).toBe('ok');
    expect(checkQuote(source, scope, 'business practices and in')).toBe('ok');
  });

  it('should refuse a quote from the footnote, from the next bullet, or across the footnote block', () => {
    expect(checkQuote(source, scope, 'A footnote that interrupts the bullet')).toBe('outside-provision');
    expect(checkQuote(source, scope, 'Second bullet')).toBe('outside-provision');
    expect(checkQuote(source, scope, 'business practices and in the interface')).toBe('outside-provision');
    expect(checkQuote(source, scope, 'both in business pract')).toBe('cuts-word');
  });

  it('should report a continuation that is not in the source after the text', () => {
    const bad = locateProvision(source, { locator: 'x', text: 'Second bullet', continuation: ['Promote'] });
    expect(bad.problems).toEqual(['continuation[0] not found verbatim after the text']);
  });
});

describe('the seed', () => {
  it('should have every strategy quote in its own provision, whole words only (0 problems)', async () => {
    const { graph, problems } = await readSeed(join(import.meta.dirname, '../../../../seed'));
    expect(problems.map((p) => `${p.file} ${p.path}: ${p.reason}`)).toEqual([]);
    const quotes = [...graph.nodes, ...graph.relationships].flatMap((o) =>
      o.citations.filter((c) => c.quote && c.document !== undefined),
    );
    expect(quotes.length).toBeGreaterThan(900);
  });
});
