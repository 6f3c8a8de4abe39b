/**
 * Issue 21: the reference agreements (seed/reference/agreements.yaml) quote official pages, and every quote is
 * checked here against the stored page text the file keeps beside it (`excerpt`), folding whitespace only, so that
 * a later edit of either cannot drift from the source. The unverified candidates (seed/candidates/) are never read
 * into the seed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../api/src/seed/read-seed.js';
import { validateSeed } from '../../../api/src/seed/validate.js';
import { FileParser } from '../../../api/src/seed/parse.js';

const SEED = join(import.meta.dirname, '..', '..', '..', 'seed');
const read = (file: string) => readFileSync(join(SEED, file), 'utf8');

interface RawCitation {
  document: string;
  quote?: string;
  excerpt?: string;
  note?: string;
}
interface RawNode {
  id: string;
  label: string;
  referenceData?: boolean;
  url?: string;
  dateRead?: string;
  citations?: RawCitation[];
  [key: string]: unknown;
}
const file = parse(read('reference/agreements.yaml')) as {
  nodes: RawNode[];
  relationships: Array<{ from: string; to: string; citations: RawCitation[] }>;
};
const agreements = file.nodes.filter((n) => n.label === 'LegalInstrument');
const pages = new Map(file.nodes.filter((n) => n.label === 'Document').map((d) => [d.id, d]));
// The test's own folding, independent of the validator's: a run of whitespace is one space.
const fold = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');

describe('the reference agreements', () => {
  it('should give every agreement a verbatim quote from an official page, with its url and date read', () => {
    expect(agreements.length).toBe(8);
    for (const agreement of agreements) {
      expect(agreement.referenceData, agreement.id).toBe(true);
      const cooperation = (agreement.citations ?? []).filter((c) => c.note?.startsWith('cooperation:'));
      expect(cooperation.length, agreement.id).toBeGreaterThan(0);
      for (const citation of cooperation) {
        expect(citation.quote, agreement.id).toMatch(/cyber|ciber/i);
        const page = pages.get(citation.document);
        expect(page?.url, citation.document).toMatch(/^https?:\/\//);
        expect(page?.dateRead, citation.document).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('should find every quote in its stored excerpt, whitespace folded only', () => {
    const quoted = [
      ...file.nodes.flatMap((n) => n.citations ?? []),
      ...file.relationships.flatMap((r) => r.citations),
    ].filter((c) => c.quote !== undefined);
    expect(quoted.length).toBeGreaterThan(20);
    for (const citation of quoted) {
      expect(citation.excerpt, citation.quote).toBeTypeOf('string');
      expect(fold(citation.excerpt!), citation.quote).toContain(fold(citation.quote!));
    }
  });

  it('should refuse a quote that drifts from its excerpt, or an agreement without its article or a reason', () => {
    const node = structuredClone(agreements[0]!);
    node.citations![0]!.quote = node.citations![0]!.quote!.replace('cyber', 'cyber-security ');
    delete node.articleNote;
    const doc = structuredClone(pages.get(node.citations![0]!.document)!);
    const parser = new FileParser('reference/agreements.yaml');
    const graph = parser.parse({ nodes: [doc, node] });
    expect(parser.problems).toEqual([]);
    const { problems } = validateSeed({ files: [{ file: 'reference/agreements.yaml', graph }], sources: {} });
    const reasons = problems.map((p) => p.reason).join('\n');
    expect(reasons).toMatch(/quote not in its stored excerpt/);
    expect(reasons).toMatch(/give the article or paragraph, or articleNote/);
  });
});

describe('the unverified candidates', () => {
  const candidates = (
    parse(read('candidates/agreements-unverified.yaml')) as { unverified: Array<Record<string, unknown>> }
  ).unverified;

  it('should list each one with what is missing', () => {
    expect(candidates.length).toBeGreaterThan(10);
    for (const c of candidates) {
      expect(Array.isArray(c.missing) && c.missing.length > 0, String(c.id)).toBe(true);
    }
  });

  it('should never reach the seed: no node, relationship or file of theirs is read', async () => {
    const seed = await readSeed(SEED);
    expect(seed.problems).toEqual([]);
    const ids = new Set(candidates.map((c) => String(c.id)));
    expect(seed.graph.nodes.filter((n) => ids.has(n.id))).toEqual([]);
    expect(seed.graph.relationships.filter((r) => ids.has(r.to) || ids.has(r.from))).toEqual([]);
    expect(seed.graph.nodes.flatMap((n) => n.files).filter((f) => f.startsWith('candidates'))).toEqual([]);
  });
});

describe('the fates of the 2013 instruments and the CSA provisions (reference data)', () => {
  const instruments = parse(read('reference/instruments.yaml')) as { nodes: RawNode[] };
  const provisions = parse(read('reference/csa-provisions.yaml')) as { nodes: RawNode[] };

  it('should date each act from its EUR-Lex page, with its status as of the date read, quoted beside its excerpt', () => {
    const acts = instruments.nodes.filter((n) => n.label === 'LegalInstrument' && n.status !== undefined);
    expect(acts.map((a) => a.id).sort()).toEqual([
      'directive-2013-40-eu',
      'directive-2016-1148',
      'regulation-526-2013',
    ]);
    for (const act of acts) {
      expect(act.date, act.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(act.statusAsOf, act.id).toBe('2026-12-05');
      const status = act.citations!.find((c) => c.quote?.startsWith('Legal status of the document'))!;
      expect(status.quote).toContain(String(act.status));
      expect(fold(status.excerpt!)).toContain(fold(status.quote!));
    }
  });

  it('should say of each 2013 proposal that its fate is not stated officially, naming the act on its subject', () => {
    const proposals = instruments.nodes.filter((n) => n.fateNote !== undefined);
    expect(proposals.map((p) => p.id).sort()).toEqual([
      'com-2010-521',
      'directive-attacks-against-information-systems',
      'nis-directive-proposal',
    ]);
    for (const p of proposals)
      expect(p.fateNote, p.id).toMatch(/^What became of it is not stated on a stored official page/);
  });

  it('should identify every CSA provision officially and state why its official text is absent', () => {
    const nodes = provisions.nodes.filter((n) => n.label === 'LegalInstrument');
    expect(nodes.map((n) => n.id)).toContain('cybersecurity-act-article-12');
    for (const n of nodes) {
      expect(n.identification, n.id).toMatch(/CELEX 32019R0881; OJ L 151, 7\.6\.2019, p\. 15–69/);
      expect(n.officialText, n.id).toBeUndefined();
      expect(n.officialTextNote, n.id).toMatch(/No stored official page holds the text/);
    }
  });
});
